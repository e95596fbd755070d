package io.jiuye.core.internal.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.plugin.AgreementNumberFormat;
import io.jiuye.api.plugin.AgreementNumberFormat.Token;
import io.jiuye.api.plugin.SigningModeDefinition.Channel;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.tenancy.School;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agreement numbers from a plugin's format: Hubei's 1… electronic and 2… paper, one series per school, year, channel. */
class AgreementNumbersTest {
    static final AgreementNumberFormat HUBEI = AgreementNumberFormat.of(Token.channelDigit("1", "2"), Token.year(),
            Token.schoolCode(), Token.serial(5));

    private TestPlatform p;
    private final AgreementNumbers numbers = new AgreementNumbers();
    private String schoolId;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        schoolId = p.school("10486").school.id();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private String issue(int year, Channel channel) {
        return p.tx.inTransaction(em -> numbers.issue(em, em.createQuery(
                "SELECT s FROM School s WHERE s.publicId = :id", School.class).setParameter("id", schoolId)
                .getSingleResult(), year, channel, HUBEI));
    }

    @Test
    void eachSeriesCountsOnItsOwn() {
        assertEquals("12026" + "10486" + "00001", issue(2026, Channel.ONLINE));
        assertEquals("12026" + "10486" + "00002", issue(2026, Channel.ONLINE));
        assertEquals("22026" + "10486" + "00001", issue(2026, Channel.OFFLINE));
        assertEquals("12027" + "10486" + "00001", issue(2027, Channel.ONLINE));
    }

    @Test
    void concurrentIssuesNeverShareANumber() throws Exception {
        issue(2026, Channel.ONLINE); // the series exists; from now on issues wait on its row
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return issue(2026, Channel.ONLINE);
                } catch (JiuyeException e) {
                    return e.error().code();
                }
            }));
        }
        go.countDown();
        Set<String> issued = new HashSet<>();
        for (Future<String> f : results) {
            issued.add(f.get());
        }
        pool.shutdown();
        assertEquals(8, issued.size(), issued.toString());
        assertEquals("12026" + "10486" + "00010", issue(2026, Channel.ONLINE));
    }
}
