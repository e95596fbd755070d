package io.jiuye.rest.resource;

import io.jiuye.api.ErrorCode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups a resource's operations in the OpenAPI document under a tag, and names the error codes the resource can
 * answer with beyond {@link io.jiuye.api.CoreError} and {@link RestError} (listed under {@code x-error-codes}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiTag {
    /** The tag name, lower case ({@code review}, {@code graduates}). */
    String value();

    /** What the tag covers; the first non-empty description of a tag wins. */
    String description() default "";

    /** Enums of further error codes this resource's operations may answer with. */
    Class<? extends ErrorCode>[] errorCodes() default {};
}
