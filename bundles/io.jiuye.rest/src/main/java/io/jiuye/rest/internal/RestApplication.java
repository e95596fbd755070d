package io.jiuye.rest.internal;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.rest.internal.auth.BearerAuthFilter;
import io.jiuye.rest.internal.json.ObjectMapperResolver;
import io.jiuye.rest.internal.openapi.OpenApiGenerator;
import io.jiuye.rest.internal.problem.IllegalArgumentExceptionMapper;
import io.jiuye.rest.internal.problem.JiuyeExceptionMapper;
import io.jiuye.rest.internal.problem.JsonExceptionMapper;
import io.jiuye.rest.internal.problem.Problems;
import io.jiuye.rest.internal.problem.UnexpectedExceptionMapper;
import io.jiuye.rest.internal.problem.WebApplicationExceptionMapper;
import io.jiuye.rest.internal.resource.HealthResource;
import io.jiuye.rest.internal.resource.OpenApiResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Jersey application from the resources present: the server's own (health, the OpenAPI document), the
 * whiteboard resources, the bearer filter, the problem mappers and the JSON provider, all registered as instances
 * (no package scanning and no auto-discovery, which do not work, or work by surprise, in OSGi).
 */
public final class RestApplication {
    private static final Logger LOG = LoggerFactory.getLogger(RestApplication.class);

    private RestApplication() {
    }

    /**
     * The complete application. Call with the TCCL set to Jersey's class loader (see {@link JerseyClassLoader}).
     *
     * @param resources the whiteboard resources; one without {@code @Path} is left out with a warning
     * @param auth the authentication service, {@code null} while it is missing
     * @param messages the message catalogue, {@code null} while it is missing
     * @param ready whether the API is ready for clients (what {@code GET /health} says)
     */
    public static ResourceConfig create(Collection<?> resources, Supplier<AuthService> auth,
            Supplier<MessageCatalog> messages, BooleanSupplier ready) {
        List<Object> served = new ArrayList<>();
        for (Object r : resources) {
            if (r.getClass().isAnnotationPresent(Path.class)) {
                served.add(r);
            } else {
                LOG.warn("{} is registered as a REST resource but has no @Path; not served", r.getClass().getName());
            }
        }
        served.sort(Comparator.comparing(r -> r.getClass().getName()));
        HealthResource health = new HealthResource(ready);
        List<Class<?>> documented = new ArrayList<>();
        documented.add(health.getClass());
        documented.add(OpenApiResource.class);
        served.forEach(r -> documented.add(r.getClass()));
        OpenApiResource openApi = new OpenApiResource(() -> new OpenApiGenerator(messages.get()).document(
                documented));

        Problems problems = new Problems(messages);
        ResourceConfig rc = new ResourceConfig();
        rc.setApplicationName("jiuye");
        rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new ObjectMapperResolver());
        rc.register(new BearerAuthFilter(auth), Priorities.AUTHENTICATION);
        rc.register(new JiuyeExceptionMapper(problems));
        rc.register(new JsonExceptionMapper(problems));
        rc.register(new WebApplicationExceptionMapper(problems));
        rc.register(new IllegalArgumentExceptionMapper(problems));
        rc.register(new UnexpectedExceptionMapper(problems));
        rc.register(health);
        rc.register(openApi);
        served.forEach(rc::register);
        return rc;
    }
}
