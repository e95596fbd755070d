package io.jiuye.itests.support;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON client of the Jiuye API. HTTP/1.1 only: the JDK client's HTTP/2 upgrade made Grizzly time out on
 * request bodies.
 */
public final class Rest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    public Rest(String base) {
        this.base = base;
    }

    /** A response: status, content type and the body parsed as JSON (a missing node when not JSON). */
    public record Response(int status, String contentType, JsonNode body, String raw) {
        public Response expect(int expected) {
            assertEquals("HTTP status, body " + raw, expected, status);
            return this;
        }

        /** The {@code code} of a problem response. */
        public String code() {
            return body.path("code").asText();
        }

        /** The {@code items} of a list response. */
        public List<JsonNode> items() {
            List<JsonNode> items = new ArrayList<>();
            body.path("items").forEach(items::add);
            return items;
        }

        /** The ids of a list's items. */
        public List<String> ids() {
            return items().stream().map(i -> i.path("id").asText()).toList();
        }
    }

    public Response get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, Object body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, String token, Object body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Posts raw bytes with a content type (file uploads). */
    public Response upload(String path, String token, String contentType, byte[] content)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Puts raw bytes with a content type and the version as {@code If-Match} (replacing a file). */
    public Response replace(String path, String token, String contentType, byte[] content, long version)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", contentType).header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A download: status, content type and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    public Download download(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request(path, token).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = r.headers().firstValue("Content-Type").orElse("");
        JsonNode body;
        try {
            body = r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
        } catch (IOException notJson) {
            body = MissingNode.getInstance();
        }
        return new Response(r.statusCode(), contentType, body, r.body());
    }
}
