package io.jiuye.api.flow;

import java.util.Objects;
import java.util.Set;

/**
 * Who may change an item's values while it is in review, at which steps, and where it goes then (R-SIGN-6: before
 * verification the employer amends the invitation and the student must agree again). The amending actor sends
 * {@link ReviewAction#AMEND} with the new values; they are checked against the item type's fields.
 *
 * @param by      who amends (e.g. {@link ActorKind#EMPLOYER})
 * @param whileAt the steps at which amending is allowed (e.g. the student's acceptance and the verification)
 * @param backTo  the step the amended item waits at next (e.g. the student's acceptance)
 */
public record Amendment(ActorRef by, Set<String> whileAt, String backTo) {
    public Amendment {
        Objects.requireNonNull(by, "by");
        whileAt = Ordered.strings(whileAt);
        Objects.requireNonNull(backTo, "backTo");
        if (whileAt.isEmpty()) {
            throw new IllegalArgumentException("an amendment names the steps at which it is allowed");
        }
    }

    public static Amendment by(ActorKind by, String backTo, String... whileAt) {
        return new Amendment(ActorRef.of(by), Set.of(whileAt), backTo);
    }
}
