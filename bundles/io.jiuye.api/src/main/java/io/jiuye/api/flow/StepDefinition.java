package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a flow: who acts, what they may do, when the step applies at all, what they upload or fill in, and
 * its timer.
 *
 * @param conditions all must hold for the step to apply; otherwise it is skipped
 */
public record StepDefinition(String key, LocalizedText label, ActorRef actor, Set<ReviewAction> actions,
        List<Condition> conditions, List<SlotDefinition> uploads, List<FieldDefinition> fields, StepTimer timer) {

    private static final Set<ReviewAction> STEP_ACTIONS = EnumSet.of(ReviewAction.APPROVE, ReviewAction.REJECT,
            ReviewAction.RETURN);

    public StepDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(actor, "actor");
        actions = Set.copyOf(actions);
        if (actions.isEmpty() || !STEP_ACTIONS.containsAll(actions) || !actions.contains(ReviewAction.APPROVE)) {
            throw new IllegalArgumentException("a step allows APPROVE and optionally REJECT and RETURN: " + key);
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A review step: approve, reject or return. */
    public static StepDefinition review(String key, LocalizedText label, ActorKind actor) {
        return new StepDefinition(key, label, ActorRef.of(actor),
                Set.of(ReviewAction.APPROVE, ReviewAction.REJECT, ReviewAction.RETURN), null, null, null, null);
    }

    /** A step the system completes as soon as it is reached. */
    public static StepDefinition automatic(String key, LocalizedText label) {
        return new StepDefinition(key, label, ActorRef.of(ActorKind.SYSTEM), Set.of(ReviewAction.APPROVE), null,
                null, null, null);
    }

    public StepDefinition withConditions(Condition... c) {
        return new StepDefinition(key, label, actor, actions, List.of(c), uploads, fields, timer);
    }

    public StepDefinition withTimer(StepTimer t) {
        return new StepDefinition(key, label, actor, actions, conditions, uploads, fields, t);
    }

    public StepDefinition withUploads(SlotDefinition... s) {
        return new StepDefinition(key, label, actor, actions, conditions, List.of(s), fields, timer);
    }

    public StepDefinition withActions(ReviewAction... a) {
        return new StepDefinition(key, label, actor, Set.of(a), conditions, uploads, fields, timer);
    }

    public boolean appliesTo(java.util.Map<String, String> attributes) {
        return conditions.stream().allMatch(c -> c.test(attributes));
    }
}
