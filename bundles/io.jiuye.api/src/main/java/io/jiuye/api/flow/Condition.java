package io.jiuye.api.flow;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A test on one attribute of the item, used to skip steps that do not apply (Shandong: automatic approval for
 * in-province enterprises, school review for government units).
 */
public record Condition(String attribute, Operator operator, Set<String> values) {

    public enum Operator {
        /** The attribute's value is one of {@code values}. */
        IN,
        /** The attribute is absent or its value is none of {@code values}. */
        NOT_IN,
        /** The attribute has a non-blank value. */
        PRESENT
    }

    public Condition {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        values = values == null ? Set.of() : Ordered.strings(values);
    }

    public static Condition in(String attribute, String... values) {
        return new Condition(attribute, Operator.IN, Set.of(values));
    }

    public static Condition notIn(String attribute, String... values) {
        return new Condition(attribute, Operator.NOT_IN, Set.of(values));
    }

    public static Condition present(String attribute) {
        return new Condition(attribute, Operator.PRESENT, Set.of());
    }

    public boolean test(Map<String, String> attributes) {
        String v = attributes.get(attribute);
        return switch (operator) {
            case IN -> v != null && values.contains(v);
            case NOT_IN -> v == null || !values.contains(v);
            case PRESENT -> v != null && !v.isBlank();
        };
    }
}
