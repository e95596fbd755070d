package io.jiuye.core.internal.setup;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.UserService;
import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import io.jiuye.core.internal.persistence.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start of a node ({@code etc/io.jiuye.setup.cfg}): creates the first operator when there is none and, when
 * asked, a small demo data set. Generated passwords are printed once and written to
 * {@code ${jiuye.data}/initial-credentials.txt} (owner-only), which the run script shows and deletes.
 */
@Component(immediate = true, configurationPid = "io.jiuye.setup", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FirstStart.Config.class)
public class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String CREDENTIALS = "initial-credentials.txt";

    /** Configuration {@code io.jiuye.setup}: what the first start of an empty database creates. */
    @ObjectClassDefinition(name = "Jiuye first start", description = "What the first start of an empty database"
            + " creates; its passwords are written once to ${jiuye.data}/initial-credentials.txt")
    public @interface Config {
        @AttributeDefinition(description = "Create the first operator")
        boolean createOperator() default true;

        String operatorUsername() default "operator";

        @AttributeDefinition(description = "Create the demo school with its admins, a student and an employer")
        boolean demoData() default false;
    }

    @Activate
    public FirstStart(@Reference UserService users, @Reference TenancyService tenancy, Config config) {
        // off the start-up thread: hashing passwords and loading demo data need not delay the node's boot
        Thread t = new Thread(() -> run(users, tenancy, config), "jiuye-first-start");
        t.setDaemon(true);
        t.start();
    }

    private static void run(UserService users, TenancyService tenancy, Config config) {
        List<String[]> created = new ArrayList<>();
        if (config.createOperator()) {
            try {
                CreatedUser op = users.bootstrapOperator(config.operatorUsername());
                created.add(new String[] {"OPERATOR", op.user().username(), op.initialPassword()});
            } catch (JiuyeException exists) {
                LOG.debug("An operator exists already");
            }
        }
        if (config.demoData() && !created.isEmpty()) {
            try {
                created.addAll(demo(users, tenancy));
            } catch (RuntimeException e) {
                LOG.error("Demo data could not be loaded; the operator login below still works", e);
            }
        }
        if (!created.isEmpty()) {
            publish(created);
        }
    }

    /** One school with two colleges, a cohort, a student, a college admin and a school admin. */
    static List<String[]> demo(UserService users, TenancyService tenancy) {
        Principal sys = Principal.system();
        SchoolDto school = tenancy.createSchool(sys, "10611", "示范大学", "重庆");
        CollegeDto cs = tenancy.createCollege(sys, school.id(), "CS", "计算机学院");
        CollegeDto econ = tenancy.createCollege(sys, school.id(), "ECON", "经济与工商管理学院");
        tenancy.createMajor(sys, cs.id(), "080901", "计算机科学与技术");
        tenancy.createMajor(sys, econ.id(), "120201", "工商管理");
        int year = java.time.Year.now().getValue() + 1;
        tenancy.createCohort(sys, school.id(), year, year + "届", true);
        List<String[]> out = new ArrayList<>();
        out.add(user(users, new NewUser("school.admin", "学校就业中心", Role.SCHOOL_ADMIN, school.id(), null, null,
                null)));
        out.add(user(users, new NewUser("cs.admin", "计算机学院就业干事", Role.COLLEGE_ADMIN, school.id(), cs.id(), null,
                null)));
        out.add(user(users, new NewUser("econ.admin", "经管学院就业干事", Role.COLLEGE_ADMIN, school.id(), econ.id(),
                null, null)));
        out.add(user(users, new NewUser("student.zhang", "张三", Role.STUDENT, school.id(), cs.id(), null, null)));
        out.add(user(users, new NewUser("employer.demo", "示范科技有限公司", Role.EMPLOYER, null, null,
                "emp_demo", null)));
        return out;
    }

    private static String[] user(UserService users, NewUser u) {
        CreatedUser c = users.create(Principal.system(), u);
        return new String[] {u.role().name(), c.user().username(), c.initialPassword()};
    }

    private static void publish(List<String[]> created) {
        StringBuilder sb = new StringBuilder("# Jiuye first start: generated logins, shown once. Change them.\n");
        created.forEach(c -> sb.append(String.join("\t", c)).append('\n'));
        System.out.println(sb);
        Path file = Database.DataDirectory.path().resolve(CREDENTIALS);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            LOG.info("First-start logins written to {}", file);
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.toString());
        }
    }
}
