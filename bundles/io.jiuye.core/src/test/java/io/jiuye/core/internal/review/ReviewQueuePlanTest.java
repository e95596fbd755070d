package io.jiuye.core.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.persistence.SqlStatements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement that reads a review queue page's keys reads the queue's index range from its start and stops after
 * the page: Derby's runtime statistics of that very statement (as the service sent it) show an index scan of the
 * named index, no sort, and as many index rows visited as the page needs, however long the queue.
 */
class ReviewQueuePlanTest {
    private static final int ITEMS = 60;
    private static final int PAGE = 10;

    private TestPlatform p;
    private TestPlatform.School s;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        p.install(ReviewFlowTest.plugin(ReviewFlowTest.type("report", ReviewFlowTest.collegeThenSchool()),
                ReviewListPagingTest.waitingFor("mine", io.jiuye.api.flow.ActorKind.SUBMITTER)));
        s = p.school("S1");
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "test", true);
        for (int i = 0; i < ITEMS; i++) {
            p.reviews.submit(i % 2 == 0 ? s.student : s.student2,
                    new SubmitRequest("test:report@1", Map.of("company", "华为"), null, null));
            p.reviews.submit(s.student, new SubmitRequest("test:mine@1", Map.of("company", "华为"), null, null));
        }
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void aCollegeQueuePageReadsItsIndexRangeWithoutSorting() throws SQLException {
        String keyScan = keyScanOf(s.adminA);
        assertTrue(keyScan.contains("index=review_item_college_queue"), keyScan);
        long college = key("SELECT id FROM college WHERE public_id = ?", s.collegeA.id());
        String plan = plan(keyScan, college, "COLLEGE_ADMIN", "IN_REVIEW");
        assertTrue(plan.contains("Index Scan ResultSet for REVIEW_ITEM using index REVIEW_ITEM_COLLEGE_QUEUE"),
                plan);
        assertFalse(plan.contains("Sort ResultSet"), plan);
        assertIndexRangeRead(plan);
    }

    @Test
    void aStudentsOwnRangeReadsItsIndexWithoutSorting() throws SQLException {
        String keyScan = keyScanOf(s.student);
        assertTrue(keyScan.contains("index=review_item_submitter_queue"), keyScan);
        long student = key("SELECT id FROM user_account WHERE public_id = ?", s.student.userId());
        String plan = plan(keyScan, student, "SUBMITTER", "IN_REVIEW");
        assertTrue(plan.contains("using index REVIEW_ITEM_SUBMITTER_QUEUE"), plan);
        assertFalse(plan.contains("Sort ResultSet"), plan);
        assertIndexRangeRead(plan);
    }

    /**
     * The scan starts at the position (the equality columns and the time bound) and stops after the page: Derby
     * reads index rows in batches of 16, far fewer than the queue's rows.
     */
    private static void assertIndexRangeRead(String plan) {
        String scan = plan.substring(plan.indexOf("Index Scan ResultSet"));
        assertTrue(scan.contains(">= on first 4 column(s)"), plan);
        assertEquals(PAGE + 1, number(scan, "Rows seen = (\\d+)"), plan);
        assertTrue(number(scan, "Number of rows visited=(\\d+)") <= 16, plan);
    }

    /** The first key-scan statement the caller's first page sends (its SQL with placeholders). */
    private String keyScanOf(Principal caller) {
        SqlStatements sql = SqlStatements.attach(p.tx);
        sql.during(() -> p.reviews.waitingFor(caller, new PageRequest(PAGE, null, false)));
        List<String> scans = sql.lastStatements().stream().filter(q -> q.contains("DERBY-PROPERTIES")).toList();
        assertFalse(scans.isEmpty(), "no key scan among " + sql.lastStatements());
        return scans.get(0);
    }

    private long key(String sql, String publicId) {
        return p.tx.inTransaction(em -> ((Number) em.createNativeQuery(sql).setParameter(1, publicId)
                .getSingleResult()).longValue());
    }

    /** Runs the statement for a first page on a database connection and returns Derby's runtime statistics. */
    private String plan(String keyScan, Object... values) {
        return p.tx.inTransaction(em -> {
            Connection c = em.unwrap(Connection.class);
            try (Statement st = c.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                try (PreparedStatement ps = c.prepareStatement(keyScan)) {
                    int i = 1;
                    for (Object v : values) {
                        ps.setObject(i++, v);
                    }
                    // a position before every row: the epoch, key 0
                    Timestamp epoch = Timestamp.valueOf(LocalDateTime.of(1970, 1, 1, 0, 0));
                    ps.setTimestamp(i++, epoch);
                    ps.setTimestamp(i++, epoch);
                    ps.setLong(i, 0L);
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    assertEquals(PAGE + 1, rows);
                }
                try (ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    String plan = rs.getString(1);
                    st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
                    return plan;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int number(String plan, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(plan);
        assertTrue(m.find(), pattern + " in " + plan);
        return Integer.parseInt(m.group(1));
    }
}
