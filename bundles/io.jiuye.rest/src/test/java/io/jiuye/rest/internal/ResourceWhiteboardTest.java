package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.RestResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server as a whiteboard: a resource registered after the start (as another bundle's component would be) is
 * served, and gone once unregistered, while the port stays open and other requests keep being answered; a missing
 * authentication service or a configuration change other than host/port does not close the port.
 */
class ResourceWhiteboardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A resource "from another bundle": uses only io.jiuye.api and the exported io.jiuye.rest.resource. */
    @ApiTag("late")
    @Path(Api.BASE + "/late-arrivals")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class LateResource implements RestResource {
        /** Its answer. */
        public record Arrival(String greeting, String caller) {
        }

        @ApiOperation(id = "getLateArrival", summary = "Greets the caller", returns = "A greeting")
        @GET
        public Arrival get(@Context ContainerRequestContext request) {
            return new Arrival("hello", Callers.of(request).username());
        }
    }

    private ApiServices services;
    private RestServer server;
    private HttpClient client;
    private String base;

    @BeforeEach
    void start() throws Exception {
        services = FakeServices.create();
        server = new RestServer(services.auth(), services.messages());
        ResourceComponents.create(services).forEach(server::addResource);
        server.activate(RestServerTest.config(0));
        base = "http://127.0.0.1:" + server.port() + Api.BASE;
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        await("ready", () -> status("/health") == 200);
    }

    @AfterEach
    void stop() {
        server.deactivate();
    }

    private int status(String path) {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + FakeServices.TOKEN).build(), BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path + ": " + e, e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private boolean documents(String path) {
        try {
            JsonNode doc = JSON.readTree(send("/openapi.json").body());
            return doc.get("paths").has(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aResourceRegisteredLaterComesAndGoesWithoutClosingThePort() throws Exception {
        int port = server.port();
        assertEquals(404, status("/late-arrivals"));
        assertFalse(documents("/late-arrivals"));

        // requests keep coming from another thread all along
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        Thread traffic = new Thread(() -> {
            while (running.get()) {
                try {
                    int s = status("/me");
                    if (s != 200) {
                        failures.add("GET /me " + s);
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        });
        traffic.start();
        try {
            int generation = server.generation();
            LateResource late = new LateResource();
            server.addResource(late);
            await("the late resource served", () -> status("/late-arrivals") == 200);
            assertEquals(generation + 1, server.generation(), "one rebuild");
            JsonNode arrival = JSON.readTree(send("/late-arrivals").body());
            assertEquals(Map.of("greeting", "hello", "caller", "admin"),
                    JSON.convertValue(arrival, Map.class), "the filter authenticates it like any other");
            assertTrue(documents("/late-arrivals"), "the OpenAPI document lists it");
            assertEquals(port, server.port(), "same port");

            server.removeResource(late);
            await("the late resource gone", () -> status("/late-arrivals") == 404);
            assertFalse(documents("/late-arrivals"));
            assertEquals(port, server.port(), "same port");
        } finally {
            running.set(false);
            traffic.join();
        }
        assertEquals(List.of(), failures, "requests failed while the application was swapped");
        assertTrue(answered.get() > 0);
    }

    /** Claims the path, method and media type of a resource the bundle already serves. */
    @Path(Api.BASE + "/me")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Conflicting implements RestResource {
        @ApiOperation(id = "conflictingMe", summary = "Conflicts")
        @GET
        public String get() {
            return "conflict";
        }
    }

    @Test
    void anApplicationJerseyRefusesLeavesThePreviousOneServing() throws Exception {
        Conflicting conflicting = new Conflicting();
        int generation = server.generation();
        server.addResource(conflicting);
        await("a rebuild attempted", () -> server.generation() == generation + 1 && status("/health") == 200);
        assertEquals(200, status("/me"));
        assertTrue(send("/me").body().contains("\"id\""), "still the bundle's /me");

        server.removeResource(conflicting);
        LateResource late = new LateResource();
        server.addResource(late);
        await("served again after the conflict left", () -> status("/late-arrivals") == 200);
    }

    @Test
    void aBurstOfChangesIsOneRebuild() throws Exception {
        int generation = server.generation();
        LateResource late = new LateResource();
        server.addResource(late);
        server.removeResource(late);
        server.addResource(late);
        await("served", () -> status("/late-arrivals") == 200);
        Thread.sleep(100);
        assertEquals(generation + 1, server.generation());
    }

    @Test
    void theAuthenticationServiceRestartingLeavesThePortOpen() throws Exception {
        int port = server.port();
        server.unsetAuth(services.auth());
        HttpResponse<String> r = send("/me");
        assertEquals(503, r.statusCode());
        assertEquals("SERVICE_UNAVAILABLE", JSON.readTree(r.body()).get("code").asText());
        assertEquals(503, status("/health"), "not ready without authentication");
        assertEquals(200, status("/openapi.json"), "public endpoints still answer");

        server.setAuth(services.auth());
        assertEquals(200, status("/me"));
        assertEquals(200, status("/health"));
        assertEquals(port, server.port());
    }

    @Test
    void onlyHostOrPortChangesRebind() throws Exception {
        int port = server.port();
        int generation = server.generation();
        server.modified(RestServerTest.config(0)); // same host and port: nothing to do
        assertEquals(port, server.port());
        assertEquals(generation, server.generation(), "not rebuilt");
        assertEquals(200, status("/me"));

        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            int other = probe.getLocalPort();
            probe.close();
            server.modified(RestServerTest.config(other));
            assertEquals(other, server.port(), "moved");
            base = "http://127.0.0.1:" + other + Api.BASE;
            assertEquals(200, status("/me"));
        }
    }
}
