package io.jiuye.rest.internal;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.RestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.server.ResourceConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of the API: Grizzly bound to the configured host and port (PID {@code io.jiuye.rest}), running a
 * Jersey application made of every {@link RestResource} service (a whiteboard: any bundle may register one). When
 * resources come or go the application is rebuilt and swapped in after a short quiet period, without closing the
 * port (see {@link ApplicationSwitch}). Only a change of host or port rebinds Grizzly. The authentication service
 * and the message catalogue are dynamic references, so their components restarting (e.g. on a configuration change
 * of their own) leave the server up: meanwhile protected endpoints answer 503 {@code SERVICE_UNAVAILABLE}.
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

        @AttributeDefinition(name = "Reload delay", description = "Milliseconds of quiet after resources came or "
                + "went before the application is rebuilt (one rebuild for a burst of changes)", min = "0")
        long reloadDelayMillis() default 100;
    }

    private final Set<RestResource> resources = ConcurrentHashMap.newKeySet();

    private volatile AuthService auth;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MessageCatalog messages;

    private final Object lock = new Object();
    private volatile Debouncer reloads;
    private String host;
    private int configuredPort;
    private volatile HttpServer server;
    private volatile ApplicationSwitch applications;
    private volatile int generation;

    /** For DS. */
    public RestServer() {
    }

    /** For tests outside OSGi: the services the server itself uses. */
    RestServer(AuthService auth, MessageCatalog messages) {
        this.auth = auth;
        this.messages = messages;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuth(AuthService service) {
        auth = service;
    }

    void unsetAuth(AuthService service) {
        if (auth == service) {
            auth = null;
        }
    }

    @Reference(service = RestResource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addResource(RestResource resource) {
        resources.add(resource);
        changed();
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
        changed();
    }

    private void changed() {
        Debouncer d = reloads;
        if (d != null) {
            d.request();
        }
    }

    @Activate
    void activate(Config config) throws IOException {
        synchronized (lock) {
            reloads = new Debouncer("jiuye-rest-reload", config.reloadDelayMillis(), this::reload);
            start(config);
        }
    }

    /** Host or port changed: rebind; anything else (the reload delay) applies without closing the port. */
    @Modified
    void modified(Config config) throws IOException {
        synchronized (lock) {
            reloads.setDelayMillis(config.reloadDelayMillis());
            if (config.host().equals(host) && config.port() == configuredPort) {
                return;
            }
            LOG.info("REST API moves to {}:{}", config.host(), config.port());
            stopServer();
            start(config);
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (lock) {
            reloads.close();
            stopServer();
        }
        LOG.info("REST API stopped");
    }

    private void start(Config config) throws IOException {
        ApplicationSwitch handler = new ApplicationSwitch(application());
        HttpServer created = new HttpServer();
        created.addListener(new NetworkListener("grizzly", config.host(), config.port()));
        // as Jersey's GrizzlyHttpServerFactory configures it: UTF-8 query strings, TRACE passed to Jersey
        created.getServerConfiguration().addHttpHandler(handler, "/");
        created.getServerConfiguration().setPassTraceRequest(true);
        created.getServerConfiguration().setDefaultQueryEncoding(StandardCharsets.UTF_8);
        try {
            created.start();
        } catch (IOException | RuntimeException e) {
            created.shutdownNow();
            throw e;
        }
        server = created;
        applications = handler;
        host = config.host();
        configuredPort = config.port();
        LOG.info("REST API listening on http://{}:{}{} with {} resources", host, port(), Api.BASE,
                resources.size());
    }

    private void stopServer() {
        if (server != null) {
            server.shutdownNow();
        }
        server = null;
        applications = null;
    }

    /** Swaps in an application with the current resources; Grizzly keeps its port and its other requests. */
    void reload() {
        synchronized (lock) {
            if (applications == null) {
                return;
            }
            try {
                applications.swap(application());
                LOG.info("REST API reloaded with {} resources", resources.size());
            } catch (RuntimeException e) { // Jersey refused the model, e.g. two resources claim one path
                LOG.error("REST application with {} resources refused; the previous one keeps serving",
                        resources.size(), e);
            }
        }
    }

    private ResourceConfig application() {
        generation++;
        List<Object> current = List.copyOf(resources);
        return RestApplication.create(current, () -> auth, () -> messages, this::ready);
    }

    /** Ready for clients: the services the server needs are there and no rebuild is pending. */
    boolean ready() {
        Debouncer d = reloads;
        return auth != null && messages != null && applications != null && d != null && !d.pending();
    }

    /** How many times the application was built (tests: a reload happened). */
    int generation() {
        return generation;
    }

    /** The port actually bound (useful when configured as 0), or -1 when not listening. */
    int port() {
        HttpServer s = server;
        if (s != null) {
            for (NetworkListener l : s.getListeners()) {
                return l.getPort();
            }
        }
        return -1;
    }
}
