package io.jiuye.rest.internal.resource;

import io.jiuye.rest.internal.Api;
import io.jiuye.rest.internal.auth.Public;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3.0 document of this API, shipped in the bundle. */
@Path(Api.BASE + "/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    /** Where the document lies in the bundle. */
    public static final String DOCUMENT = "/openapi/openapi.json";

    private final byte[] document;

    public OpenApiResource() {
        this.document = load();
    }

    /** The document's bytes, read from the bundle. */
    public static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Public
    public byte[] document() {
        return document;
    }
}
