import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;

/**
 * The "bare floor" of the list benchmark: the JDK's HTTP server and plain JDBC on the same embedded Derby database
 * (no OSGi, no Jersey, no JPA, no authentication), answering a 50-row page of the graduate table as JSON. It shows
 * what the machine does with the least software; list-bench.sh runs it while the node is stopped.
 *
 * <ul>
 * <li>{@code /first}: the school's first page by key</li>
 * <li>{@code /filtered?college=K&state=S}: the naive filtered page, {@code WHERE ... ORDER BY id OFFSET 0}</li>
 * <li>{@code /deep?offset=N}: the naive deep page, {@code OFFSET N} (how the 10,000th page costs without keysets)</li>
 * </ul>
 *
 * <p>{@code java -cp derby.jar:derbyshared.jar:derbytools.jar BareFloor.java DB_DIR SCHOOL_KEY PORT}
 */
public final class BareFloor {
    private static final String COLUMNS = "SELECT id, public_id, student_number, name, gender, id_number, phone,"
            + " email, source_state, graduation_year FROM graduate WHERE school_id = ?";
    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();
    private static String url;

    public static void main(String[] args) throws Exception {
        url = "jdbc:derby:" + args[0];
        long school = Long.parseLong(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[2])), 128);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/first", ex -> answer(ex, school, COLUMNS + " ORDER BY id FETCH FIRST 50 ROWS ONLY",
                null, null, 0));
        server.createContext("/filtered", ex -> answer(ex, school, COLUMNS
                + " AND college_id = ? AND source_state = ? ORDER BY id OFFSET ? ROWS FETCH NEXT 50 ROWS ONLY",
                param(ex.getRequestURI(), "college"), param(ex.getRequestURI(), "state"), 0));
        server.createContext("/deep", ex -> answer(ex, school, COLUMNS
                + " ORDER BY id OFFSET ? ROWS FETCH NEXT 50 ROWS ONLY", null, null,
                Long.parseLong(param(ex.getRequestURI(), "offset"))));
        server.start();
        System.out.println("bare floor on port " + args[2]);
    }

    private static String param(URI uri, String name) {
        for (String kv : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            if (kv.startsWith(name + "=")) {
                return kv.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void answer(HttpExchange ex, long school, String sql, String college, String state, long offset)
            throws IOException {
        byte[] body;
        int status = 200;
        try {
            Connection c = CONNECTION.get();
            if (c == null) {
                c = DriverManager.getConnection(url);
                CONNECTION.set(c);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, school);
                if (college != null) {
                    ps.setLong(i++, Long.parseLong(college));
                    ps.setString(i++, state);
                    ps.setLong(i, 0);
                } else if (sql.contains("OFFSET")) {
                    ps.setLong(i, offset);
                }
                StringBuilder json = new StringBuilder("{\"items\":[");
                try (ResultSet rs = ps.executeQuery()) {
                    boolean first = true;
                    while (rs.next()) {
                        json.append(first ? "" : ",").append("{\"id\":\"").append(rs.getString(2))
                                .append("\",\"studentNumber\":\"").append(rs.getString(3))
                                .append("\",\"name\":\"").append(rs.getString(4))
                                .append("\",\"gender\":\"").append(rs.getString(5))
                                .append("\",\"idNumber\":\"").append(rs.getString(6))
                                .append("\",\"phone\":\"").append(rs.getString(7))
                                .append("\",\"email\":\"").append(rs.getString(8))
                                .append("\",\"sourceState\":\"").append(rs.getString(9))
                                .append("\",\"graduationYear\":").append(rs.getInt(10)).append('}');
                        first = false;
                    }
                }
                body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            }
        } catch (SQLException e) {
            status = 500;
            body = e.toString().getBytes(StandardCharsets.UTF_8);
        }
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
