package io.jiuye.rest.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a resource method in the OpenAPI document. Method, path, parameters, media types and the request body
 * come from the JAX-RS annotations and the Java types; this adds what they cannot say. Every resource method
 * carries one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {
    /** The {@code operationId}, unique in the API: a verb and a noun in lowerCamelCase ({@code actOnReviewItem}). */
    String id();

    /** One line: what the operation does. */
    String summary();

    /** The tag to list it under, when not its resource's {@link ApiTag}. */
    String tag() default "";

    /** More detail (Markdown), optional. */
    String description() default "";

    /**
     * What the success response holds, for a method whose return type says it (status 200 with that type as JSON,
     * 204 for {@code void}).
     */
    String returns() default "";

    /** The success responses of a method returning {@code jakarta.ws.rs.core.Response}: status, type, meaning. */
    ApiResponse[] responses() default {};

    /**
     * The error statuses the operation can answer with, each an {@code application/problem+json} with a {@code code}.
     * 401 (for methods not {@link Public}) and 500 are added by the generator.
     */
    int[] errors() default {};
}
