package io.jiuye.itests;

import static org.junit.Assert.assertTrue;

import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;

/** The operators' Karaf shell commands: list plugins, switch one on for a school, create an operator. */
public class ShellIT extends JiuyeTestSupport {

    @Inject
    protected SessionFactory sessionFactory;

    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void operatorsManagePluginsAndAccountsFromTheShell() throws Exception {
        Rest rest = api();
        String token = loginOperator(rest);
        String code = "SH" + unique().substring(0, 6);
        String schoolId = rest.post("/schools", token, Map.of("code", code, "name", "命令行测试大学"))
                .expect(201).body().path("id").asText();
        installFeature("jiuye-plugin-example");

        String enabled = shell("jiuye:plugin-enable " + code + " example");
        assertTrue(enabled, enabled.contains("example enabled for " + code));
        String listed = shell("jiuye:plugins");
        assertTrue(listed, listed.lines().anyMatch(l -> l.startsWith("example") && l.contains(code)));
        assertTrue(listed, listed.lines().anyMatch(l -> l.startsWith("national") && l.contains("(all)")));
        assertTrue(rest.get("/schools/" + schoolId + "/plugins", token).expect(200).items().stream()
                .anyMatch(p -> p.path("plugin").path("id").asText().equals("example")
                        && p.path("active").asBoolean()));

        String created = shell("jiuye:operator-create ops-" + code.toLowerCase());
        assertTrue(created, created.contains("Password (shown once): "));
        String password = created.substring(created.indexOf("Password (shown once): ") + 23).strip();
        String second = login(rest, "ops-" + code.toLowerCase(), password);
        assertTrue(rest.get("/me", second).expect(200).body().path("role").asText().equals("OPERATOR"));
    }
}
