package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

/**
 * E-mail through the SMTP sender inside Karaf (Jakarta Mail and Angus Mail as OSGi bundles): a student's password
 * recovery code reaches a loopback SMTP sink in the test, and the code resets the password.
 */
public class MailIT extends JiuyeTestSupport {
    private static final List<String> MAILS = new CopyOnWriteArrayList<>();

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() throws IOException {
        String smtp = freePort();
        Option[] base = super.config();
        Option[] all = java.util.Arrays.copyOf(base, base.length + 3);
        all[base.length] = editConfigurationFilePut("etc/io.jiuye.mail.cfg", "host", "127.0.0.1");
        all[base.length + 1] = editConfigurationFilePut("etc/io.jiuye.mail.cfg", "port", smtp);
        all[base.length + 2] = systemProperty("jiuye.test.smtp").value(smtp);
        return all;
    }

    /** A minimal SMTP server on loopback that keeps every message it is given. */
    private static ServerSocket startSink(int port) throws IOException {
        ServerSocket server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket c = server.accept();
                        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(),
                                StandardCharsets.UTF_8));
                        PrintWriter out = new PrintWriter(c.getOutputStream(), true, StandardCharsets.UTF_8)) {
                    out.print("220 sink\r\n");
                    out.flush();
                    StringBuilder mail = new StringBuilder();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String cmd = line.toUpperCase();
                        if (cmd.startsWith("DATA")) {
                            out.print("354 go\r\n");
                            out.flush();
                            for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                                mail.append(d).append('\n');
                            }
                            MAILS.add(mail.toString());
                            out.print("250 queued\r\n");
                        } else if (cmd.startsWith("QUIT")) {
                            out.print("221 bye\r\n");
                            out.flush();
                            break;
                        } else {
                            if (cmd.startsWith("RCPT")) {
                                mail.append(line).append('\n');
                            }
                            out.print("250 ok\r\n");
                        }
                        out.flush();
                    }
                } catch (IOException closed) {
                    // the sink stops with the test
                }
            }
        }, "smtp-sink");
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    public void aPasswordRecoveryCodeArrivesByRealSmtp() throws Exception {
        try (ServerSocket sink = startSink(Integer.parseInt(System.getProperty("jiuye.test.smtp")))) {
            Rest rest = api();
            String operator = loginOperator(rest);
            String code = "M" + unique().substring(0, 6);
            String school = rest.post("/schools", operator, Map.of("code", code, "name", "邮件测试大学"))
                    .expect(201).body().path("id").asText();
            rest.post("/schools/" + school + "/colleges", operator, Map.of("code", "CS", "name", "计算机学院"))
                    .expect(201);
            rest.post("/schools/" + school + "/cohorts", operator, Map.of("graduationYear", 2026)).expect(201);
            String csv = "学号,姓名,身份证号,学院代码,学历层次,培养方式,电子邮箱\n"
                    + "2026001,张三,11010519491231002X,CS,本科,非定向,zhangsan@example.com\n";
            rest.upload("/schools/" + school + "/graduate-imports?graduationYear=2026", operator, "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)).expect(200);
            Map<String, Object> registration = new HashMap<>(Map.of("schoolId", school, "graduationYear", 2026,
                    "studentNumber", "2026001", "name", "张三", "password", "Zhang3san!"));
            rest.post("/registrations", null, registration).expect(201);
            String username = "2026001@" + code;

            rest.post("/password-resets", null, Map.of("username", username)).expect(202);
            await("the recovery mail", CHANGE_TIMEOUT, () -> MAILS.stream()
                    .anyMatch(m -> m.contains("zhangsan@example.com")));
            String mail = MAILS.stream().filter(m -> m.contains("zhangsan@example.com")).findFirst().orElseThrow();
            assertTrue(mail, mail.contains("Subject:"));
            // the code where the message names it: the username before it may hold six digits of its own
            Matcher digits = Pattern.compile("(?:验证码是|\\bis)\\s*([0-9]{6})(?![0-9])").matcher(decoded(mail));
            assertTrue(decoded(mail), digits.find());

            rest.post("/password-resets/confirm", null, Map.of("username", username, "code", digits.group(1),
                    "newPassword", "Zhang4san!")).expect(204);
            assertEquals("STUDENT", rest.get("/me", login(rest, username, "Zhang4san!")).expect(200).body()
                    .path("role").asText());
        }
    }

    /** The message with any base64 or quoted-printable body parts decoded, so the code can be found. */
    private static String decoded(String mail) {
        StringBuilder sb = new StringBuilder(mail);
        Matcher b64 = Pattern.compile("(?m)^([A-Za-z0-9+/=]{16,})$").matcher(mail);
        while (b64.find()) {
            try {
                sb.append('\n').append(new String(java.util.Base64.getMimeDecoder().decode(b64.group(1)),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) {
                // some other line
            }
        }
        return sb.toString().replace("=\n", "");
    }
}
