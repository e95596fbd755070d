package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An other-destination category (其他去向, R-DEST-2/6) or, with a {@code parentKey}, a sub-choice of one.
 *
 * @param parentKey         the key of the heading it is a sub-choice of, or {@code null}
 * @param nationalCode      the national graduation-destination code (§11), e.g. "11"
 * @param group             the statistics group (单位就业, 自主创业, 自由职业, 升学, 待就业, 暂不就业)
 * @param registrationFlow  review of the registration; {@code null} for a group heading that cannot be chosen
 * @param releaseFlow       review of a release application (R-DEST-4), {@code null} when it cannot be released
 * @param releasedBySigning released automatically when the student signs (SD-3)
 * @param occupiesRecord    whether it is the graduate's one effective record (R-SIGN-1); 70/71/72 (not employed,
 *                          not wishing to work, …) do not occupy it
 * @param replacesNational  the national code whose baseline category this one replaces for the school, or
 *                          {@code null} (a province narrowing the national list, D-19)
 */
public record DestinationCategoryDefinition(ContributionId id, LocalizedText label, String parentKey,
        String nationalCode, LocalizedText group, List<FieldDefinition> fields, List<SlotDefinition> evidence,
        FlowDefinition registrationFlow, FlowDefinition releaseFlow, boolean releasedBySigning, boolean occupiesRecord,
        String replacesNational) implements Contribution {
    public DestinationCategoryDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        fields = fields == null ? List.of() : List.copyOf(fields);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Builder builder(ContributionId id, LocalizedText label, String nationalCode) {
        return new Builder(id, label, nationalCode);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.DESTINATION_CATEGORY;
    }

    /** Builds a {@link DestinationCategoryDefinition}; it occupies the graduate's record unless told otherwise. */
    public static final class Builder {
        private final ContributionId id;
        private final LocalizedText label;
        private final String nationalCode;
        private String parentKey;
        private LocalizedText group;
        private final List<FieldDefinition> fields = new ArrayList<>();
        private final List<SlotDefinition> evidence = new ArrayList<>();
        private FlowDefinition registrationFlow;
        private FlowDefinition releaseFlow;
        private boolean releasedBySigning;
        private boolean occupiesRecord = true;
        private String replacesNational;

        private Builder(ContributionId id, LocalizedText label, String nationalCode) {
            this.id = id;
            this.label = label;
            this.nationalCode = nationalCode;
        }

        public Builder parent(String key) {
            this.parentKey = key;
            return this;
        }

        public Builder group(LocalizedText g) {
            this.group = g;
            return this;
        }

        public Builder fields(FieldDefinition... f) {
            fields.addAll(List.of(f));
            return this;
        }

        public Builder evidence(SlotDefinition... s) {
            evidence.addAll(List.of(s));
            return this;
        }

        public Builder registration(FlowDefinition f) {
            this.registrationFlow = f;
            return this;
        }

        public Builder release(FlowDefinition f) {
            this.releaseFlow = f;
            return this;
        }

        public Builder releasedBySigning() {
            this.releasedBySigning = true;
            return this;
        }

        public Builder doesNotOccupyRecord() {
            this.occupiesRecord = false;
            return this;
        }

        public Builder replacesNational(String code) {
            this.replacesNational = code;
            return this;
        }

        public DestinationCategoryDefinition build() {
            return new DestinationCategoryDefinition(id, label, parentKey, nationalCode, group, fields, evidence,
                    registrationFlow, releaseFlow, releasedBySigning, occupiesRecord, replacesNational);
        }
    }
}
