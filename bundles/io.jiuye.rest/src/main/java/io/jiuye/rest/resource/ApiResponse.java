package io.jiuye.rest.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One success response of an {@link ApiOperation}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface ApiResponse {
    /** The status code (200, 201, 202, 204…). */
    int status();

    /** What it means. */
    String description();

    /** The JSON body's type; {@code Void} for none, {@code byte[]} for a file in the method's {@code @Produces}. */
    Class<?> type() default Void.class;
}
