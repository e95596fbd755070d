package io.jiuye.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiuye.itests.support.JiuyeTestSupport;
import io.jiuye.itests.support.Rest;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * In the real container: a REST resource registered by another bundle (this test's probe) is served and documented,
 * and gone once unregistered, while the REST server component stays the same activation; a configuration change of
 * an unrelated component (the core's authentication service) does not restart it either; the served OpenAPI
 * document covers the resources of every bundle.
 */
public class RestWhiteboardIT extends JiuyeTestSupport {
    private static final String SERVER = "io.jiuye.rest.internal.RestServer";

    @Inject
    protected ServiceComponentRuntime scr;

    @Inject
    protected ConfigurationAdmin configurations;

    /** A resource from another bundle, using only the exported io.jiuye.rest.resource package. */
    @ApiTag("itest")
    @Path(Api.BASE + "/itest-arrivals")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class ArrivalResource implements RestResource {
        @ApiOperation(id = "getItestArrival", summary = "Says where it comes from", returns = "Its origin")
        @GET
        @Public
        public Map<String, String> get() {
            return Map.of("from", "probe");
        }
    }

    /** The id of the REST server's current activation (a new id means it was restarted). */
    private long serverActivation() {
        Bundle rest = bundle("io.jiuye.rest");
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(rest, SERVER);
        assertNotNull(SERVER, description);
        ComponentConfigurationDTO[] active = scr.getComponentConfigurationDTOs(description).toArray(
                new ComponentConfigurationDTO[0]);
        assertEquals("one configuration of " + SERVER, 1, active.length);
        assertEquals(ComponentConfigurationDTO.ACTIVE, active[0].state);
        return active[0].id;
    }

    @Test
    public void aResourceFromAnotherBundleComesAndGoesWithoutRestartingTheServer() throws Exception {
        Rest rest = api();
        String token = loginOperator(rest);
        long activation = serverActivation();
        rest.get("/itest-arrivals", null).expect(404);

        ServiceRegistration<RestResource> registration = bundleContext.registerService(RestResource.class,
                new ArrivalResource(), null);
        try {
            long t0 = System.nanoTime();
            await("the probe's resource served", Duration.ofSeconds(30),
                    () -> rest.get("/itest-arrivals", null).status() == 200);
            System.out.printf("resource served %d ms after its registration%n", (System.nanoTime() - t0) / 1_000_000);
            assertEquals("probe", rest.get("/itest-arrivals", null).body().path("from").asText());
            assertTrue("documented", rest.get("/openapi.json", null).expect(200).body().path("paths")
                    .has("/itest-arrivals"));
            rest.get("/me", token).expect(200);
        } finally {
            registration.unregister();
        }
        await("the probe's resource gone", Duration.ofSeconds(30),
                () -> rest.get("/itest-arrivals", null).status() == 404);
        rest.get("/me", token).expect(200);
        assertEquals("the server was not restarted", activation, serverActivation());
    }

    /**
     * The served document covers every resource registered in the container, whichever bundle registered it (the
     * unit tests check each bundle's resources in detail: the REST bundle's {@code OpenApiCoverageTest}, a module's
     * own test through the REST test jar).
     */
    @Test
    public void theDocumentCoversTheResourcesOfEveryBundle() throws Exception {
        Rest rest = api();
        await("the employers module's resources registered", Duration.ofSeconds(60),
                () -> resourceBundles().contains("io.jiuye.employers"));
        JsonNode paths = rest.get("/openapi.json", null).expect(200).body().path("paths");
        Set<String> missing = new TreeSet<>();
        int endpoints = 0;
        for (ServiceReference<RestResource> ref : bundleContext.getServiceReferences(RestResource.class, null)) {
            RestResource resource = bundleContext.getService(ref);
            try {
                Class<?> type = resource.getClass();
                for (Method m : type.getMethods()) {
                    String verb = httpMethod(m);
                    if (verb == null) {
                        continue;
                    }
                    endpoints++;
                    String path = path(type, m);
                    if (!paths.path(path).has(verb.toLowerCase(Locale.ROOT))) {
                        missing.add(verb + " " + path + " (" + ref.getBundle().getSymbolicName() + ")");
                    }
                }
            } finally {
                bundleContext.ungetService(ref);
            }
        }
        assertEquals("endpoints missing from /openapi.json", Set.of(), missing);
        assertTrue("resources found: " + endpoints, endpoints > 70);
        assertTrue(paths.path("/me/employer").has("put"));
    }

    /** The symbolic names of the bundles that registered a RestResource. */
    private Set<String> resourceBundles() throws Exception {
        Set<String> names = new TreeSet<>();
        for (ServiceReference<RestResource> ref : bundleContext.getServiceReferences(RestResource.class, null)) {
            names.add(ref.getBundle().getSymbolicName());
        }
        return names;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    /** The OpenAPI path of a resource method: relative to the base path, templates without their regexes. */
    private static String path(Class<?> type, Method m) {
        Path method = m.getAnnotation(Path.class);
        String p = (type.getAnnotation(Path.class).value() + "/" + (method == null ? "" : method.value()))
                .replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        p = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        return p.substring(Api.BASE.length());
    }

    @Test
    public void aConfigurationChangeOfAnotherComponentLeavesTheServerRunning() throws Exception {
        Rest rest = api();
        String token = loginOperator(rest);
        long activation = serverActivation();

        Configuration auth = configurations.getConfiguration("io.jiuye.auth", null);
        Dictionary<String, Object> properties = auth.getProperties() == null ? new Hashtable<>()
                : auth.getProperties();
        properties.put("sessionHours", 9);
        auth.update(properties);
        await("the authentication service back", Duration.ofSeconds(30),
                () -> rest.get("/me", token).status() == 200);
        rest.get("/health", null).expect(200);
        assertEquals("the server was not restarted", activation, serverActivation());
    }
}
