package io.jiuye.rest.internal;

import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Grizzly handler of the server: passes every request to the current Jersey application and swaps in a new
 * one without a gap. Jersey's own {@code GrizzlyHttpContainer.reload} shuts the old application down before the new
 * one is built, so requests arriving meanwhile fail with 500 ({@code ResourceWhiteboardTest} saw dozens per reload);
 * here the new application is started first, then made current, and the old one is destroyed once its requests
 * have finished.
 */
final class ApplicationSwitch extends HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationSwitch.class);
    private static final long RETIRE_TIMEOUT_MILLIS = 30_000;

    /** A Jersey application and the number of requests it is serving. */
    private record Generation(GrizzlyHttpContainer container, AtomicInteger inFlight) {
    }

    private volatile Generation current;

    ApplicationSwitch(ResourceConfig application) {
        this.current = new Generation(create(application), new AtomicInteger());
    }

    private static GrizzlyHttpContainer create(ResourceConfig application) {
        return JerseyClassLoader.call(() -> new GrizzlyHttpContainerProvider().createContainer(
                GrizzlyHttpContainer.class, application));
    }

    @Override
    public void start() {
        super.start();
        JerseyClassLoader.call(() -> {
            current.container().start();
            return null;
        });
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        Generation g = current;
        g.inFlight().incrementAndGet();
        try {
            g.container().service(request, response);
        } finally {
            g.inFlight().decrementAndGet();
        }
    }

    /**
     * Builds and starts the new application, makes it current, then waits for the old one's requests (at most 30 s)
     * and destroys it. Called on one thread at a time.
     */
    void swap(ResourceConfig application) {
        GrizzlyHttpContainer next = create(application);
        JerseyClassLoader.call(() -> {
            next.start();
            return null;
        });
        Generation old = current;
        current = new Generation(next, new AtomicInteger());
        long end = System.currentTimeMillis() + RETIRE_TIMEOUT_MILLIS;
        try {
            while (old.inFlight().get() > 0 && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (old.inFlight().get() > 0) {
            LOG.warn("Retiring the previous REST application with {} requests still running",
                    old.inFlight().get());
        }
        old.container().destroy();
    }

    @Override
    public void destroy() {
        current.container().destroy();
        super.destroy();
    }
}
