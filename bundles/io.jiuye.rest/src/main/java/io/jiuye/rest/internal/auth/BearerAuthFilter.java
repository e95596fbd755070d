package io.jiuye.rest.internal.auth;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.Authentication;
import io.jiuye.rest.resource.Callers;
import io.jiuye.rest.resource.Public;
import io.jiuye.rest.resource.RestError;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Authenticates every request to a non-{@link Public} resource method: reads {@code Authorization: Bearer <token>},
 * asks {@link AuthService#authenticate(String)} for the principal and stores it (and the token) as request
 * properties that {@link Callers} reads; it also records the client's address for every request. It runs after
 * matching, so an unknown path stays a 404 and only real endpoints ask for a token. Registered with priority
 * {@link jakarta.ws.rs.Priorities#AUTHENTICATION}. While the authentication service is missing (its component
 * restarting), protected endpoints answer 503 SERVICE_UNAVAILABLE.
 */
public final class BearerAuthFilter implements ContainerRequestFilter {
    /** Request property: the caller's own account ({@code UserDto}), read with the token, when the service gives it. */
    public static final String ACCOUNT_PROPERTY = "io.jiuye.rest.account";
    private static final String SCHEME = "bearer ";

    private final Supplier<AuthService> auth;

    @Inject
    private Provider<Request> grizzlyRequest;

    public BearerAuthFilter(Supplier<AuthService> auth) {
        this.auth = Objects.requireNonNull(auth);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(Callers.REMOTE_ADDRESS_PROPERTY, remoteAddress());
        if (isPublic(request)) {
            return;
        }
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        AuthService service = auth.get();
        if (service == null) {
            throw new JiuyeException(RestError.SERVICE_UNAVAILABLE);
        }
        Authentication authentication = service.authenticateWithAccount(token);
        Principal principal = authentication == null ? null : authentication.principal();
        if (principal == null) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        request.setProperty(Callers.PRINCIPAL_PROPERTY, principal);
        if (authentication.account() != null) {
            request.setProperty(ACCOUNT_PROPERTY, authentication.account());
        }
        request.setProperty(Callers.TOKEN_PROPERTY, token);
    }

    private String remoteAddress() {
        Request r = grizzlyRequest == null ? null : grizzlyRequest.get();
        return r == null ? null : r.getRemoteAddr();
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
