package io.jiuye.itests.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Runs a test class inside a fresh copy of the built distribution (one container per class): ports moved to free
 * ones, REST on {@link #port()}, helpers to install features, call the API ({@link Rest}) and log in. The base class
 * of every Pax Exam test module (as Karaf's {@code itests/common}): a module depends on {@code jiuye-itests-support},
 * passes the distribution archive as {@code jiuye.distribution} to failsafe, and its tests extend this class; the
 * support installs itself into each container as a bundle, so the tests inside find it there.
 *
 * <p>{@link org.ops4j.pax.exam.Configuration} runs in the Maven test JVM; the test methods run inside Karaf, where
 * the values computed here arrive as system properties.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class JiuyeTestSupport {

    public static final String KARAF_VERSION = "4.4.10";
    /** How long the container may take to boot and answer. */
    public static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    /** How long a change inside the running container (a feature, a configuration, a job) may take to show. */
    public static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @org.ops4j.pax.exam.Configuration
    public Option[] config() throws IOException {
        String archive = System.getProperty("jiuye.distribution");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("no distribution archive at " + archive + " (build the distribution first)");
        }
        String http = freePort();
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(archive).toURI().toString())
                        .karafVersion(KARAF_VERSION)
                        .name("Jiuye")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                // -Djiuye.keepRuntime=true keeps target/exam/<id> for a look at data/log/karaf.log
                when(Boolean.getBoolean("jiuye.keepRuntime")).useOptions(keepRuntimeFolder()),
                new VMOption("-Xmx512m"),
                editConfigurationFilePut("etc/io.jiuye.rest.cfg", "port", http),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                systemProperty("jiuye.test.port").value(http),
                // this support module's classes, for the test classes inside the container that extend or call it
                org.ops4j.pax.exam.CoreOptions.bundle(supportBundle()).start(),
                // services injected into the test may take a while on a busy machine
                systemProperty("pax.exam.service.timeout").value("120000"));
    }

    /**
     * Where the test JVM loaded this class from: the support module's jar (in the reactor,
     * {@code distribution/itests-support/target/}), installed into the container as a bundle.
     */
    private static String supportBundle() {
        try {
            Path location = Path.of(JiuyeTestSupport.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return Files.isDirectory(location) ? "reference:" + location.toUri() : location.toUri().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TCP port free on this machine right now (for a configuration the container is given). */
    protected static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    // ------------------------------------------------------------------ inside the container

    /** The REST port this container was given. */
    protected static int port() {
        return Integer.parseInt(System.getProperty("jiuye.test.port", "8181"));
    }

    /** A client of this container's API, once {@code GET /health} answers 200. */
    protected Rest api() throws Exception {
        Rest rest = new Rest("http://127.0.0.1:" + port() + "/api/v1");
        long t0 = System.nanoTime();
        await("GET /health 200", BOOT_TIMEOUT, () -> rest.get("/health", null).status() == 200);
        System.out.printf("REST healthy after %d ms in the test%n", (System.nanoTime() - t0) / 1_000_000);
        return rest;
    }

    /** Installs a feature and returns how long it took. */
    protected long installFeature(String name) throws Exception {
        long t0 = System.nanoTime();
        featuresService.installFeature(name);
        assertTrue(name + " installed", featuresService.isInstalled(featuresService.getFeature(name)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("feature:install %s took %d ms%n", name, ms);
        return ms;
    }

    protected long uninstallFeature(String name) throws Exception {
        long t0 = System.nanoTime();
        featuresService.uninstallFeature(name);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("feature:uninstall %s took %d ms%n", name, ms);
        return ms;
    }

    /** The bundle with that symbolic name, or {@code null}. */
    protected Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Waits until a service of that interface is registered. */
    protected void awaitService(String className) throws Exception {
        await("service " + className, BOOT_TIMEOUT, () -> bundleContext.getServiceReference(className) != null);
    }

    /**
     * The operator the core created on first start, read from {@code ${jiuye.data}/initial-credentials.txt}
     * (lines {@code role<TAB>username<TAB>password}, {@code #} comments).
     */
    protected static String[] operatorCredentials() throws Exception {
        Path file = Path.of(System.getProperty("jiuye.data"), "initial-credentials.txt");
        List<String[]> found = new ArrayList<>();
        await(file + " names an operator", BOOT_TIMEOUT, () -> {
            found.clear();
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] cells = line.split("\t");
                    if (!line.startsWith("#") && cells.length >= 3 && cells[0].trim().equalsIgnoreCase("operator")) {
                        found.add(new String[] {cells[1].trim(), cells[2].trim()});
                    }
                }
            }
            return !found.isEmpty();
        });
        return found.get(0);
    }

    /** Logs in and returns the bearer token. */
    protected static String login(Rest rest, String username, String password) throws Exception {
        Rest.Response r = rest.post("/sessions", null, Map.of("username", username, "password", password));
        assertEquals("login of " + username + ": " + r.raw(), 201, r.status());
        return r.body().path("token").asText();
    }

    protected String loginOperator(Rest rest) throws Exception {
        String[] op = operatorCredentials();
        return login(rest, op[0], op[1]);
    }

    /** A password no policy should refuse. */
    protected static String strongPassword() {
        return "Jy-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-Aa9";
    }

    /** A short unique suffix, so that names never clash. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    protected static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                last = null;
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        fail("timed out after " + timeout.toSeconds() + " s waiting for " + what
                + (last != null ? " (last error: " + last + ")" : ""));
    }
}
