package io.jiuye.rest.internal.resource;

import io.jiuye.rest.resource.Api;
import io.jiuye.rest.resource.ApiOperation;
import io.jiuye.rest.resource.ApiTag;
import io.jiuye.rest.resource.Public;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.0 document of the resources this application serves, generated on the
 * first request after the application was (re)built and kept until the next rebuild. Owned by the server.
 */
@ApiTag("system")
@Path(Api.BASE + "/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    private final Supplier<byte[]> generator;
    private volatile byte[] document;

    public OpenApiResource(Supplier<byte[]> generator) {
        this.generator = generator;
    }

    @ApiOperation(id = "openApi", summary = "This document", returns = "The OpenAPI 3.0 document")
    @GET
    @Public
    public byte[] document() {
        byte[] d = document;
        if (d == null) {
            d = generator.get();
            document = d;
        }
        return d;
    }
}
