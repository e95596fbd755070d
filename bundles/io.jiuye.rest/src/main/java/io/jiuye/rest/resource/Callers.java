package io.jiuye.rest.resource;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the REST server knows about the caller of a request: the authenticated {@link Principal}, the bearer token and
 * the client's address. A resource method takes {@code @Context ContainerRequestContext request} and asks here.
 */
public final class Callers {
    /** Request property holding the caller's {@link Principal}; set by the server's authentication filter. */
    public static final String PRINCIPAL_PROPERTY = "io.jiuye.rest.principal";
    /** Request property holding the caller's bearer token; set by the server's authentication filter. */
    public static final String TOKEN_PROPERTY = "io.jiuye.rest.token";
    /** Request property holding the client's IP address; set by the server for every request. */
    public static final String REMOTE_ADDRESS_PROPERTY = "io.jiuye.rest.remoteAddress";

    private Callers() {
    }

    /** The authenticated caller; UNAUTHENTICATED when there is none (a {@link Public} method asking for one). */
    public static Principal of(ContainerRequestContext request) {
        if (request.getProperty(PRINCIPAL_PROPERTY) instanceof Principal p) {
            return p;
        }
        throw new JiuyeException(CoreError.UNAUTHENTICATED);
    }

    /** The bearer token of the request, or {@code null}. */
    public static String token(ContainerRequestContext request) {
        return request.getProperty(TOKEN_PROPERTY) instanceof String t ? t : null;
    }

    /** The client's IP address (for the audit), or {@code null} when unknown. */
    public static String remoteAddress(ContainerRequestContext request) {
        return request != null && request.getProperty(REMOTE_ADDRESS_PROPERTY) instanceof String a ? a : null;
    }
}
