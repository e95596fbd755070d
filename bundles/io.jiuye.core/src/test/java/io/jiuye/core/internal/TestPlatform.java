package io.jiuye.core.internal;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.Session;
import io.jiuye.api.plugin.JiuyePlugin;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.internal.account.AccountsImpl;
import io.jiuye.core.internal.account.AuthServiceImpl;
import io.jiuye.core.internal.account.PasswordHasher;
import io.jiuye.core.internal.account.UserServiceImpl;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.internal.event.DomainEvents;
import io.jiuye.core.internal.i18n.MessageCatalogImpl;
import io.jiuye.core.internal.persistence.JpaStore;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.plugin.PluginRegistryImpl;
import io.jiuye.core.internal.plugin.SchoolPluginsImpl;
import io.jiuye.core.internal.review.ModuleItemTypes;
import io.jiuye.core.internal.review.ReviewItemsImpl;
import io.jiuye.core.internal.review.ReviewEngine;
import io.jiuye.core.internal.review.ReviewServiceImpl;
import io.jiuye.core.internal.tenancy.SchoolsImpl;
import io.jiuye.core.internal.tenancy.TenancyServiceImpl;
import io.jiuye.core.module.DataModule;
import io.jiuye.core.internal.timer.DueWorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The core's services wired by hand on a fresh in-memory Derby database, as the DS runtime wires them in Karaf.
 * Passwords use few KDF iterations to keep tests fast.
 */
public final class TestPlatform implements AutoCloseable {
    private static final AtomicInteger DB = new AtomicInteger();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    public final JpaStore store;
    public final Transactions tx;
    public final SecurityAuditLog audit;
    public final PasswordHasher hasher = new PasswordHasher(1_000);
    public final TenancyServiceImpl tenancy;
    public final UserServiceImpl users;
    public final AuthServiceImpl auth;
    public final PluginRegistryImpl registry;
    public final SchoolPluginsImpl schoolPlugins;
    public final DomainEvents events;
    public final DueWorkQueue timers;
    /** The one review engine, shared by the review service and the module seam as in the container. */
    public final ReviewEngine engine;
    public final ReviewServiceImpl reviews;
    public final MessageCatalogImpl messages;
    public final ModuleItemTypes moduleTypes = new ModuleItemTypes();
    public final ReviewItemsImpl reviewItems;
    public final AccountsImpl accounts;
    /** Where login by phone and password recovery look: modules' tests add their {@code AccountContacts}. */
    public final io.jiuye.core.internal.account.ContactBook contacts = new io.jiuye.core.internal.account.ContactBook();
    public final SchoolsImpl schools;
    public final io.jiuye.core.internal.account.VerificationCodes codes;
    public final io.jiuye.core.internal.notify.OutboxSender outbox;
    public final io.jiuye.core.internal.notify.Notifier notifier;
    public final io.jiuye.core.internal.account.PasswordServiceImpl passwords;
    public final java.nio.file.Path fileFolder;
    public final io.jiuye.core.internal.file.FileStoreImpl files;

    /** The core with these module bundles' data (their tables migrated, their entities in the unit). */
    public TestPlatform(DataModule... modules) {
        int db = DB.incrementAndGet();
        store = JpaStore.open("jdbc:derby:memory:jiuye-test-" + db + ";create=true", null, null, modules);
        tx = store.transactions();
        audit = new SecurityAuditLog(tx, clock);
        tenancy = new TenancyServiceImpl(tx, clock, audit);
        users = new UserServiceImpl(tx, clock, hasher, audit);
        auth = new AuthServiceImpl(tx, clock, hasher, audit, contacts, Duration.ofHours(8));
        registry = new PluginRegistryImpl(tx, clock);
        schoolPlugins = new SchoolPluginsImpl(tx, clock, registry, audit);
        events = new DomainEvents(schoolPlugins);
        timers = new DueWorkQueue(tx, clock);
        engine = new ReviewEngine(clock, timers, events, schoolPlugins);
        reviews = new ReviewServiceImpl(tx, registry, schoolPlugins, timers, engine, audit, moduleTypes);
        reviewItems = new ReviewItemsImpl(tx, engine, moduleTypes);
        accounts = new AccountsImpl(tx, clock, hasher);
        schools = new SchoolsImpl(tx);
        messages = new MessageCatalogImpl(registry);
        fileFolder = io.jiuye.core.internal.persistence.Database.DataDirectory.path()
                .resolve("files-" + ProcessHandle.current().pid() + "-" + db);
        files = new io.jiuye.core.internal.file.FileStoreImpl(tx, clock, audit, fileFolder);
        codes = new io.jiuye.core.internal.account.VerificationCodes(tx, clock);
        outbox = new io.jiuye.core.internal.notify.OutboxSender(tx, clock);
        notifier = new io.jiuye.core.internal.notify.Notifier();
        notifier.addSender(outbox.sender(io.jiuye.api.notify.Channel.SMS));
        notifier.addSender(outbox.sender(io.jiuye.api.notify.Channel.EMAIL));
        passwords = new io.jiuye.core.internal.account.PasswordServiceImpl(tx, clock, hasher, codes, notifier,
                messages, audit, contacts);
    }

    /** The code in the newest outbox message to this recipient. */
    public String lastCode(String recipient) {
        var msgs = outbox.list(operator(), recipient, 1);
        if (msgs.isEmpty()) {
            throw new AssertionError("no message to " + recipient);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)\\d{6}(?!\\d)")
                .matcher(msgs.get(0).body());
        if (!m.find()) {
            throw new AssertionError("no code in " + msgs.get(0).body());
        }
        return m.group();
    }

    public static Principal operator() {
        return new Principal(null, "test-operator", Role.OPERATOR, null, null, null);
    }

    public JiuyePlugin install(PluginDescriptor d) {
        JiuyePlugin p = () -> d;
        registry.addPlugin(p);
        return p;
    }

    /** A school with two colleges, and its people, each logged in. */
    public final class School {
        public final SchoolDto school;
        public final CollegeDto collegeA;
        public final CollegeDto collegeB;
        public final Principal schoolAdmin;
        public final Principal adminA;
        public final Principal adminB;
        public final Principal student;
        public final Principal student2;

        School(String code) {
            school = tenancy.createSchool(operator(), code, "学校" + code, "湖北");
            collegeA = tenancy.createCollege(operator(), school.id(), "A", "学院A");
            collegeB = tenancy.createCollege(operator(), school.id(), "B", "学院B");
            schoolAdmin = login(code + ".school", Role.SCHOOL_ADMIN, null);
            adminA = login(code + ".adminA", Role.COLLEGE_ADMIN, collegeA.id());
            adminB = login(code + ".adminB", Role.COLLEGE_ADMIN, collegeB.id());
            student = login(code + ".student", Role.STUDENT, collegeA.id());
            student2 = login(code + ".student2", Role.STUDENT, collegeA.id());
        }

        private Principal login(String username, Role role, String collegeId) {
            CreatedUser u = users.create(operator(), new NewUser(username, username, role, school.id(), collegeId,
                    null, "Passw0rdX".toCharArray()));
            Session s = auth.login(u.user().username(), "Passw0rdX".toCharArray(), null);
            return auth.authenticate(s.token());
        }
    }

    public School school(String code) {
        return new School(code);
    }

    @Override
    public void close() {
        store.close();
    }
}
