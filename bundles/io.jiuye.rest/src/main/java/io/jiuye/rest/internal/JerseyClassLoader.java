package io.jiuye.rest.internal;

import java.util.function.Supplier;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Runs Jersey set-up with the thread context class loader set to Jersey's: JAX-RS finds its {@code RuntimeDelegate}
 * only through the TCCL, which in OSGi is not Jersey's bundle.
 */
final class JerseyClassLoader {
    private JerseyClassLoader() {
    }

    static <T> T call(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ResourceConfig.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
