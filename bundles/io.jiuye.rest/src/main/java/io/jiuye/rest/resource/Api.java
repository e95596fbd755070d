package io.jiuye.rest.resource;

/** Constants every resource of the REST API shares. */
public final class Api {
    /** Base path of every endpoint: a resource's {@code @Path} starts with it. */
    public static final String BASE = "/api/v1";
    /** Media type of error responses (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** Media type of spreadsheet downloads and uploads (xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Api() {
    }
}
