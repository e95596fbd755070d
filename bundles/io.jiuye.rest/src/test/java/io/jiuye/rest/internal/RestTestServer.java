package io.jiuye.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiuye.api.Principal;
import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.RestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The real {@link RestServer} (Jersey on Grizzly, 127.0.0.1, a free port) serving the given resources, with the fake
 * authentication and message catalogue of the REST bundle's own tests: {@link #TOKEN} authenticates as
 * {@link #OPERATOR}, {@code error.*} texts of the common codes are there in zh and en. In the test jar, so a module
 * bundle tests its resources over HTTP exactly as the REST bundle tests its own:
 *
 * <pre>
 * server = RestTestServer.start(ResourceComponents.create(type -&gt; type == EmployerService.class ? fake : null));
 * RestTestServer.json(server.send(server.authed("/me/employer")), 200);
 * </pre>
 */
public final class RestTestServer implements AutoCloseable {
    /** A bearer token that authenticates as {@link #OPERATOR}. */
    public static final String TOKEN = FakeServices.TOKEN;
    public static final Principal OPERATOR = FakeServices.OPERATOR;
    /** The creation time of the fakes' records. */
    public static final Instant CREATED = FakeServices.CREATED;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestServer server;
    private final HttpClient client;
    private final String base;

    private RestTestServer(RestServer server) {
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port() + Api.BASE;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts a server with these resources (and nothing else but health and the OpenAPI document). */
    public static RestTestServer start(Collection<? extends RestResource> resources) {
        RestServer server = new RestServer(new FakeServices.Auth(), new FakeServices.Catalog());
        resources.forEach(server::addResource);
        try {
            server.activate(RestServerTest.config(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(server.port() > 0, "bound to a free port");
        return new RestTestServer(server);
    }

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    public String base() {
        return base;
    }

    /** A request to a path under the base path, without a token. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    /** A request with {@link #TOKEN}. */
    public HttpRequest.Builder authed(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    /** A POST of a JSON body with {@link #TOKEN}. */
    public HttpRequest.Builder postJson(String path, String json) {
        return authed(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), BodyHandlers.ofString());
    }

    /** Asserts a problem response (status, media type, code, the RFC 9457 members) and returns its body. */
    public static JsonNode problem(HttpResponse<String> r, int status, String code) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(Api.PROBLEM_JSON, r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        assertEquals(code, p.get("code").asText());
        assertEquals("urn:jiuye:error:" + code, p.get("type").asText());
        assertTrue(p.hasNonNull("title") && p.hasNonNull("message") && p.hasNonNull("detail"), r.body());
        assertTrue(p.get("errors").isArray(), r.body());
        return p;
    }

    /** Asserts a JSON response with that status and returns its body. */
    public static JsonNode json(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.deactivate();
    }
}
