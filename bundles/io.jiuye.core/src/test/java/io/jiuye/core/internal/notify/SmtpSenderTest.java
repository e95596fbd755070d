package io.jiuye.core.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jiuye.api.notify.Channel;
import io.jiuye.api.notify.Notification;
import io.jiuye.core.internal.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP sender really delivers, Chinese subject and body intact (GreenMail as the server). */
class SmtpSenderTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @Test
    void deliversAChineseMessage() throws Exception {
        SmtpSender sender = new SmtpSender(new SmtpSender.Settings("127.0.0.1", ServerSetupTest.SMTP.getPort(), "",
                "", "noreply@jiuye.test", false, 5_000), clock);
        assertEquals(Channel.EMAIL, sender.channel());
        sender.send(new Notification(Channel.EMAIL, "zhang@example.com", "就业平台密码重置",
                "账号 2026001@S1 的密码重置验证码是 123456，10 分钟内有效。", "PASSWORD_RESET"));
        assertTrue(MAIL.waitForIncomingEmail(5_000, 1));
        MimeMessage m = MAIL.getReceivedMessages()[0];
        assertEquals("就业平台密码重置", m.getSubject());
        assertEquals("zhang@example.com", m.getAllRecipients()[0].toString());
        assertEquals("noreply@jiuye.test", m.getFrom()[0].toString());
        assertTrue(((String) m.getContent()).contains("验证码是 123456"), GreenMailUtil.getBody(m));
    }

    @Test
    void anUnreachableServerFails() {
        SmtpSender sender = new SmtpSender(new SmtpSender.Settings("127.0.0.1", 1, "", "", "noreply@jiuye.test",
                false, 2_000), clock);
        assertThrows(IllegalStateException.class, () -> sender.send(new Notification(Channel.EMAIL,
                "zhang@example.com", "s", "b", "TEST")));
    }
}
