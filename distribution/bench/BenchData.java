import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the list benchmark's data straight into a stopped node's embedded Derby database with Derby's CSV import:
 * GRADUATES graduate records and ITEMS review items, all in the school with code SCHOOL_CODE (the demo school).
 * Review items are copies of one real item already in the database (an employer's qualification review made
 * through the API by list-bench.sh, then deleted so that the table is empty), so their type, shared flow snapshot and
 * attributes are what the running version wrote. Keys start at 1,000,000,000, far above what the node's sequence
 * hands out. Both tables must be empty (a fresh node with the demo data).
 *
 * <p>Run with the distribution's Derby jars on the class path (Java 17 runs this single file as a program):
 * {@code java -cp derby.jar:derbyshared.jar:derbytools.jar BenchData.java DB_DIR SCHOOL_CODE GRADUATES ITEMS}
 */
public final class BenchData {
    private static final long FIRST_KEY = 1_000_000_000L;
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] STATES = {"NOT_SUBMITTED", "NOT_SUBMITTED", "NOT_SUBMITTED", "NOT_SUBMITTED",
        "NOT_SUBMITTED", "IN_REVIEW", "IN_REVIEW", "RETURNED", "APPROVED", "APPROVED"};

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        String schoolCode = args[1];
        int graduates = Integer.parseInt(args[2]);
        int items = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir)) {
            c.setAutoCommit(false);
            long school = single(c, "SELECT id FROM school WHERE code = '" + schoolCode + "'");
            int year = (int) single(c, "SELECT graduation_year FROM cohort WHERE school_id = " + school
                    + " AND is_current = TRUE");
            List<long[]> colleges = new ArrayList<>(); // college id, major id (or 0)
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT c.id, MIN(m.id)"
                    + " FROM college c LEFT JOIN major m ON m.college_id = c.id WHERE c.school_id = " + school
                    + " GROUP BY c.id ORDER BY c.id")) {
                while (rs.next()) {
                    colleges.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            long t0 = System.nanoTime();
            Path csv = Files.createTempFile("jiuye-bench", ".csv");
            loadGraduates(c, school, year, colleges, graduates, csv);
            long t1 = System.nanoTime();
            System.out.printf("graduates: %,d rows in %.1f s%n", graduates, (t1 - t0) / 1e9);
            if (items > 0) {
                loadItems(c, school, colleges, items, csv);
                System.out.printf("review items: %,d rows in %.1f s%n", items, (System.nanoTime() - t1) / 1e9);
            }
            // fresh statistics, as Derby's own daemon would keep them on a long-running node
            for (String table : new String[] {"GRADUATE", "REVIEW_ITEM"}) {
                try (Statement st = c.createStatement()) {
                    st.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
                }
            }
            c.commit();
            Files.delete(csv);
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + dir + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }

    private static void loadGraduates(Connection c, long school, int year, List<long[]> colleges, int n,
            Path csv) throws Exception {
        String now = Timestamp.from(Instant.now()).toString();
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                long[] college = colleges.get(i % colleges.size());
                w.write(String.join(",", String.valueOf(FIRST_KEY + i), publicId("grd"), String.valueOf(school),
                        String.valueOf(college[0]), college[1] == 0 ? "" : String.valueOf(college[1]),
                        String.valueOf(year), "B" + (10_000_000 + i), "学生" + i, i % 2 == 0 ? "男" : "女",
                        String.format("500106%08d%04d", 20030101 + i % 28, i % 10_000), "BACHELOR", "NON_TARGETED",
                        "班" + (i % 200), String.format("138%08d", i), "s" + i + "@example.edu", now, now, "1",
                        STATES[(i / 7) % STATES.length]));
                w.newLine();
            }
        }
        importCsv(c, "GRADUATE", "ID,PUBLIC_ID,SCHOOL_ID,COLLEGE_ID,MAJOR_ID,GRADUATION_YEAR,STUDENT_NUMBER,NAME,"
                + "GENDER,ID_NUMBER,EDUCATION_LEVEL,TRAINING_MODE,CLASS_NAME,PHONE,EMAIL,CREATED_AT,UPDATED_AT,"
                + "VERSION,SOURCE_STATE", csv);
    }

    /**
     * Derby's import into an empty table is a bulk insert: rows are written first and every index is built once
     * by sorting, many times faster than inserting row by row into a table with a dozen indexes.
     */
    private static void importCsv(Connection c, String table, String columns, Path csv) throws SQLException {
        try (CallableStatement cs = c.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
            cs.setString(1, table);
            cs.setString(2, columns);
            cs.setString(3, csv.toString());
            cs.execute();
        }
        c.commit();
    }

    private static void loadItems(Connection c, long school, List<long[]> colleges, int n, Path csv)
            throws Exception {
        String type;
        long submitter;
        long flow;
        String attributes;
        String limitGroups;
        String stepKey;
        String waitingActor;
        long template;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT item_type, submitter_id,"
                + " flow_snapshot_id, attributes, limit_groups, step_key, waiting_actor, id FROM review_item"
                + " WHERE school_id = " + school + " AND state = 'IN_REVIEW' AND step_key IS NOT NULL"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
            if (!rs.next()) {
                throw new IllegalStateException("no review item in review to copy: submit one first");
            }
            type = rs.getString(1);
            submitter = rs.getLong(2);
            flow = rs.getLong(3);
            attributes = rs.getString(4);
            limitGroups = rs.getString(5);
            stepKey = rs.getString(6);
            waitingActor = rs.getString(7);
            template = rs.getLong(8);
        }
        // the table must be empty for a bulk import: the template item (and what points to it) goes
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE employer SET review_item_id = NULL WHERE review_item_id = " + template);
            st.executeUpdate("DELETE FROM review_trail WHERE item_id = " + template);
            st.executeUpdate("DELETE FROM due_work WHERE ref_id = " + template);
            st.executeUpdate("DELETE FROM review_item WHERE id = " + template);
        }
        c.commit();
        Instant start = Instant.now().minusSeconds(n);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                boolean open = i % 5 != 4; // four in five wait for the school's admins
                // ten items share each instant, so the (time, key) cursor has ties to break
                String entered = Timestamp.from(start.plusSeconds(i / 10)).toString();
                w.write(String.join(",", String.valueOf(FIRST_KEY + i), publicId("rev"), quoted(type),
                        String.valueOf(school), String.valueOf(colleges.get(i % colleges.size())[0]),
                        String.valueOf(submitter), open ? "IN_REVIEW" : "APPROVED", open ? quoted(stepKey) : "",
                        open ? quoted(waitingActor) : "", open ? entered : "", quoted(limitGroups),
                        String.valueOf(flow),
                        quoted(attributes), entered, entered, "1"));
                w.newLine();
            }
        }
        importCsv(c, "REVIEW_ITEM", "ID,PUBLIC_ID,ITEM_TYPE,SCHOOL_ID,COLLEGE_ID,SUBMITTER_ID,STATE,STEP_KEY,"
                + "WAITING_ACTOR,STEP_ENTERED_AT,LIMIT_GROUPS,FLOW_SNAPSHOT_ID,ATTRIBUTES,SUBMITTED_AT,UPDATED_AT,"
                + "VERSION", csv);
    }

    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    /** The same shape as the core's public ids: a prefix and 20 random Crockford base-32 characters. */
    private static String publicId(String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 20; i++) {
            sb.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
        }
        return sb.toString();
    }
}
