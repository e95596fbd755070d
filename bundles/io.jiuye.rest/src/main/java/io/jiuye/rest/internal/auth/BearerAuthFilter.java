package io.jiuye.rest.internal.auth;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.AuthService;
import io.jiuye.rest.internal.Api;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Objects;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Authenticates every request to a non-{@link Public} resource method: reads {@code Authorization: Bearer <token>},
 * asks {@link AuthService#authenticate(String)} for the principal and stores it (and the token) as request
 * properties. It runs after matching, so an unknown path stays a 404 and only real endpoints ask for a token.
 * Registered with priority {@link jakarta.ws.rs.Priorities#AUTHENTICATION}.
 */
public final class BearerAuthFilter implements ContainerRequestFilter {
    private static final String SCHEME = "bearer ";

    private final AuthService auth;

    public BearerAuthFilter(AuthService auth) {
        this.auth = Objects.requireNonNull(auth);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(request)) {
            return;
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        Principal principal = auth.authenticate(token);
        if (principal == null) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        request.setProperty(Api.PRINCIPAL, principal);
        request.setProperty(Api.TOKEN, token);
    }

    private static boolean isPublic(ContainerRequestContext request) {
        if (request.getUriInfo() instanceof ExtendedUriInfo info) {
            ResourceMethod matched = info.getMatchedResourceMethod();
            if (matched != null) {
                Method m = matched.getInvocable().getDefinitionMethod();
                return m != null && m.isAnnotationPresent(Public.class);
            }
        }
        return false;
    }

    /** The token of a {@code Bearer} authorization header, or {@code null} when absent, empty or of another scheme. */
    static String bearerToken(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = header.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
