package io.jiuye.api.flow;

import java.util.Objects;

/** The actor of a step; {@code party} names an {@link ActorKind#EXTERNAL} party and is otherwise {@code null}. */
public record ActorRef(ActorKind kind, String party) {
    public ActorRef {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ActorKind.EXTERNAL) != (party != null)) {
            throw new IllegalArgumentException("an external actor, and only one, names its party");
        }
    }

    public static ActorRef of(ActorKind kind) {
        return new ActorRef(kind, null);
    }

    public static ActorRef external(String party) {
        return new ActorRef(ActorKind.EXTERNAL, Objects.requireNonNull(party));
    }
}
