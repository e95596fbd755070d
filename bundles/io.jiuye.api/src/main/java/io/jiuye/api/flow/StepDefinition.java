package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a flow: who acts, what they may do, when the step applies at all, what they upload or fill in, its
 * timers, where a rejection or return leads, and which actions need a reason.
 *
 * @param conditions     all must hold for the step to apply; otherwise it is skipped
 * @param fields         values the actor gives with an action at this step (the verifier completes the employer's
 *                       nature, industry and location, R-SIGN-5; the college fills school contact fields, R-SIGN-9);
 *                       they are checked and then stored on the item and in the trail
 * @param timers         the step's timers, counted from reaching it
 * @param leadsTo        where REJECT or RETURN lead instead of ending the item: the key of a step of the same flow
 *                       (Hubei: a rejected scan goes back to the upload step while the agreement stays effective)
 * @param reasonRequired the actions at this step that need a remark ({@code null}: REJECT and RETURN)
 * @param takeBack       while the item waits here, the actor of the previous human step may take it back to that
 *                       step ({@link ReviewAction#TAKE_BACK}, 拿回重签)
 */
public record StepDefinition(String key, LocalizedText label, ActorRef actor, Set<ReviewAction> actions,
        List<Condition> conditions, List<SlotDefinition> uploads, List<FieldDefinition> fields,
        List<StepTimer> timers, Map<ReviewAction, String> leadsTo, Set<ReviewAction> reasonRequired,
        boolean takeBack) {

    private static final Set<ReviewAction> STEP_ACTIONS = EnumSet.of(ReviewAction.APPROVE, ReviewAction.REJECT,
            ReviewAction.RETURN);

    public StepDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(actor, "actor");
        actions = Ordered.enums(actions, ReviewAction.class);
        if (actions.isEmpty() || !STEP_ACTIONS.containsAll(actions) || !actions.contains(ReviewAction.APPROVE)) {
            throw new IllegalArgumentException("a step allows APPROVE and optionally REJECT and RETURN: " + key);
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
        fields = fields == null ? List.of() : List.copyOf(fields);
        timers = timers == null ? List.of() : List.copyOf(timers);
        leadsTo = leadsTo == null ? Map.of() : Ordered.enumMap(leadsTo, ReviewAction.class);
        if (!Set.of(ReviewAction.REJECT, ReviewAction.RETURN).containsAll(leadsTo.keySet())) {
            throw new IllegalArgumentException("only REJECT and RETURN lead to another step: " + key);
        }
        reasonRequired = Ordered.enums(reasonRequired == null ? Set.of(ReviewAction.REJECT, ReviewAction.RETURN)
                : reasonRequired, ReviewAction.class);
        if (actor.kind() == ActorKind.SYSTEM && (!timers.isEmpty() || !fields.isEmpty() || takeBack)) {
            throw new IllegalArgumentException("a system step has no timers, fields or take-back: " + key);
        }
    }

    public static Builder builder(String key, LocalizedText label, ActorKind actor) {
        return new Builder(key, label, ActorRef.of(actor));
    }

    public static Builder builder(String key, LocalizedText label, ActorRef actor) {
        return new Builder(key, label, actor);
    }

    /** A review step: approve, reject or return. */
    public static StepDefinition review(String key, LocalizedText label, ActorKind actor) {
        return builder(key, label, actor).build();
    }

    /** A step the system completes as soon as it is reached. */
    public static StepDefinition automatic(String key, LocalizedText label) {
        return builder(key, label, ActorKind.SYSTEM).actions(ReviewAction.APPROVE).build();
    }

    public StepDefinition withConditions(Condition... c) {
        return toBuilder().conditions(c).build();
    }

    /** Adds a timer to the step's timers. */
    public StepDefinition withTimer(StepTimer t) {
        return toBuilder().timer(t).build();
    }

    public StepDefinition withUploads(SlotDefinition... s) {
        return toBuilder().uploads(s).build();
    }

    public StepDefinition withActions(ReviewAction... a) {
        return toBuilder().actions(a).build();
    }

    public StepDefinition withFields(FieldDefinition... f) {
        return toBuilder().fields(f).build();
    }

    public boolean appliesTo(Map<String, String> attributes) {
        return conditions.stream().allMatch(c -> c.test(attributes));
    }

    /** Whether {@code action} at this step needs a remark. */
    public boolean needsReason(ReviewAction action) {
        return reasonRequired.contains(action);
    }

    public Builder toBuilder() {
        Builder b = new Builder(key, label, actor);
        b.actions = EnumSet.copyOf(actions);
        b.conditions = new ArrayList<>(conditions);
        b.uploads = new ArrayList<>(uploads);
        b.fields = new ArrayList<>(fields);
        b.timers = new ArrayList<>(timers);
        b.leadsTo = leadsTo.isEmpty() ? new EnumMap<>(ReviewAction.class) : new EnumMap<>(leadsTo);
        b.reasonRequired = EnumSet.noneOf(ReviewAction.class);
        b.reasonRequired.addAll(reasonRequired);
        b.takeBack = takeBack;
        return b;
    }

    /** Builds a {@link StepDefinition}; by default a review step (approve, reject, return). */
    public static final class Builder {
        private final String key;
        private final LocalizedText label;
        private final ActorRef actor;
        private Set<ReviewAction> actions = EnumSet.of(ReviewAction.APPROVE, ReviewAction.REJECT,
                ReviewAction.RETURN);
        private List<Condition> conditions = new ArrayList<>();
        private List<SlotDefinition> uploads = new ArrayList<>();
        private List<FieldDefinition> fields = new ArrayList<>();
        private List<StepTimer> timers = new ArrayList<>();
        private Map<ReviewAction, String> leadsTo = new EnumMap<>(ReviewAction.class);
        private Set<ReviewAction> reasonRequired = EnumSet.of(ReviewAction.REJECT, ReviewAction.RETURN);
        private boolean takeBack;

        private Builder(String key, LocalizedText label, ActorRef actor) {
            this.key = key;
            this.label = label;
            this.actor = actor;
        }

        public Builder actions(ReviewAction... a) {
            this.actions = Set.of(a);
            return this;
        }

        public Builder conditions(Condition... c) {
            this.conditions = new ArrayList<>(List.of(c));
            return this;
        }

        public Builder uploads(SlotDefinition... s) {
            this.uploads = new ArrayList<>(List.of(s));
            return this;
        }

        public Builder fields(FieldDefinition... f) {
            this.fields = new ArrayList<>(List.of(f));
            return this;
        }

        /** Adds a timer; a step may have several. */
        public Builder timer(StepTimer t) {
            this.timers.add(Objects.requireNonNull(t));
            return this;
        }

        /** A rejection goes back to {@code step} instead of ending the item. */
        public Builder rejectTo(String step) {
            this.leadsTo.put(ReviewAction.REJECT, step);
            return this;
        }

        /** A return goes back to {@code step} instead of ending the item. */
        public Builder returnTo(String step) {
            this.leadsTo.put(ReviewAction.RETURN, step);
            return this;
        }

        /** The actions at this step that need a remark (replaces the default REJECT and RETURN). */
        public Builder reasonRequiredFor(ReviewAction... a) {
            this.reasonRequired = a.length == 0 ? EnumSet.noneOf(ReviewAction.class) : EnumSet.copyOf(List.of(a));
            return this;
        }

        /** The actor of the previous human step may take the item back while it waits here. */
        public Builder takeBack() {
            this.takeBack = true;
            return this;
        }

        public StepDefinition build() {
            return new StepDefinition(key, label, actor, actions, conditions, uploads, fields, timers, leadsTo,
                    reasonRequired, takeBack);
        }
    }
}
