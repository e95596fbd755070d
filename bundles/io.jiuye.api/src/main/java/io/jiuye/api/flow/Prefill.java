package io.jiuye.api.flow;

import java.util.Objects;

/**
 * Where a field's initial value comes from when a form opens.
 *
 * @param source where to look
 * @param key    the name to read there: an attribute of the item, a field of the graduate record or of the
 *               employer; unused for {@link Source#ACTOR_LAST}, which reads the field itself
 */
public record Prefill(Source source, String key) {
    public enum Source {
        /** An attribute of the item (e.g. the employer's nature the student entered, for the verifier to correct). */
        ITEM,
        /** A field of the graduate record. */
        RECORD,
        /** A field of the employer named on the item. */
        EMPLOYER,
        /** The value this actor gave the same field at the same step of the last item of this type (seed 002). */
        ACTOR_LAST
    }

    public Prefill {
        Objects.requireNonNull(source, "source");
    }

    public static Prefill actorLast() {
        return new Prefill(Source.ACTOR_LAST, null);
    }

    public static Prefill item(String key) {
        return new Prefill(Source.ITEM, key);
    }

    public static Prefill record(String key) {
        return new Prefill(Source.RECORD, key);
    }

    public static Prefill employer(String key) {
        return new Prefill(Source.EMPLOYER, key);
    }
}
