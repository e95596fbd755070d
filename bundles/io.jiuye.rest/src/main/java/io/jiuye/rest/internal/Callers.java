package io.jiuye.rest.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Reads the caller that the auth filter put into the request. */
public final class Callers {
    private Callers() {
    }

    /** The authenticated caller; UNAUTHENTICATED when the filter left none (a public endpoint asking for one). */
    public static Principal of(ContainerRequestContext request) {
        if (request.getProperty(Api.PRINCIPAL) instanceof Principal p) {
            return p;
        }
        throw new JiuyeException(CoreError.UNAUTHENTICATED);
    }

    /** The bearer token of the request, or {@code null}. */
    public static String token(ContainerRequestContext request) {
        return request.getProperty(Api.TOKEN) instanceof String t ? t : null;
    }
}
