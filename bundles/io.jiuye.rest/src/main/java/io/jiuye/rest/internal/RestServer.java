package io.jiuye.rest.internal;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.RegistrationService;
import io.jiuye.api.account.UserService;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceInfoService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.review.ReviewService;
import io.jiuye.api.tenancy.TenancyService;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the API: a Grizzly server running the Jersey {@link RestApplication}, bound to the configured
 * host and port (PID {@code io.jiuye.rest}), started when all API services are present and stopped with them.
 */
@Component(service = {}, configurationPid = RestServer.PID)
@Designate(ocd = RestServer.Config.class)
public final class RestServer {
    static final String PID = "io.jiuye.rest";
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    /** Where the API listens. */
    @ObjectClassDefinition(name = "Jiuye REST API", description = "Where the /api/v1 HTTP API listens")
    public @interface Config {
        @AttributeDefinition(name = "Host", description = "Address to bind; 127.0.0.1 keeps it behind a proxy")
        String host() default "127.0.0.1";

        @AttributeDefinition(name = "Port", description = "TCP port; 0 picks a free one", min = "0", max = "65535")
        int port() default 8181;
    }

    private final HttpServer server;

    @Activate
    public RestServer(@Reference TenancyService tenancy, @Reference UserService users, @Reference AuthService auth,
            @Reference ReviewService review, @Reference SchoolPlugins schoolPlugins, @Reference PluginRegistry plugins,
            @Reference MessageCatalog messages, @Reference GraduateService graduates,
            @Reference RegistrationService registrations, @Reference SourceInfoService sourceInfo,
            @Reference RecommendationFormService recommendations, @Reference SourceCorrectionService corrections,
            @Reference io.jiuye.api.employer.EmployerService employers,
            @Reference io.jiuye.api.graduate.EligibilityService eligibility,
            @Reference io.jiuye.api.account.PhoneVerificationService phoneVerification,
            @Reference io.jiuye.api.account.PasswordService passwords,
            @Reference io.jiuye.api.notify.OutboxService outbox, Config config) throws IOException {
        ApiServices services = new ApiServices(tenancy, users, auth, review, schoolPlugins, plugins, messages,
                graduates, registrations, sourceInfo, recommendations, corrections, employers, eligibility,
                phoneVerification, passwords, outbox);
        this.server = start(config.host(), config.port(), services);
        LOG.info("REST API listening on http://{}:{}{}", config.host(), port(), Api.BASE);
    }

    /**
     * Builds the application and starts Grizzly with the thread context class loader set to Jersey's: JAX-RS finds
     * its {@code RuntimeDelegate} only through the TCCL, which in OSGi is not Jersey's bundle.
     */
    private static HttpServer start(String host, int port, ApiServices services) throws IOException {
        URI uri;
        try {
            uri = new URI("http", null, host, port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad host " + host, e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ResourceConfig.class.getClassLoader());
        try {
            return GrizzlyHttpServerFactory.createHttpServer(uri, RestApplication.create(services), true);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The port actually bound (useful when configured as 0). */
    int port() {
        for (NetworkListener l : server.getListeners()) {
            return l.getPort();
        }
        return -1;
    }

    @Deactivate
    void stop() {
        server.shutdownNow();
        LOG.info("REST API stopped");
    }
}
