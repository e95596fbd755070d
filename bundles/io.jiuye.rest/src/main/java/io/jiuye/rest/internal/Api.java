package io.jiuye.rest.internal;

/** Constants shared by the resources, filters and mappers of the REST API. */
public final class Api {
    /** Base path of every endpoint. */
    public static final String BASE = "/api/v1";
    /** Request property holding the caller's {@link io.jiuye.api.Principal}, set by the auth filter. */
    public static final String PRINCIPAL = "io.jiuye.rest.principal";
    /** Request property holding the caller's bearer token, set by the auth filter. */
    public static final String TOKEN = "io.jiuye.rest.token";
    /** Media type of error responses (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }
}
