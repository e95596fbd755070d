package io.jiuye.rest.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a query, path or header parameter that the method reads as text and parses itself (with {@link Params},
 * so a bad value is a 400 problem rather than Jersey's 404): the type it parses as, its allowed values, what it
 * means.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
public @interface ApiParam {
    /** The type the text is parsed as ({@code Integer.class}, {@code Boolean.class}, an enum). */
    Class<?> type() default String.class;

    /** The allowed values, when they are a fixed list of words. */
    String[] allowed() default {};

    /** What it means, optional. */
    String description() default "";
}
