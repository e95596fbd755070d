package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.SlotDefinition;
import io.jiuye.api.graduate.EligibilityReason;
import io.jiuye.api.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signing mode (签约模式, R-SIGN-2/7/9/10), all as data; the signing module never branches on a mode's name.
 *
 * @param initiation        who starts it
 * @param channel           online (the parties agree in the system) or offline (a paper agreement is entered)
 * @param searchKeySets     sets of student fields an employer must all match exactly to find a student (Hubei:
 *                          school+year+name+phone, or school+year+name+idNumber); empty when there is no search
 * @param agreementFields   fields of the agreement (R-SIGN-3), beyond those the core always has
 * @param submissionUploads upload slots filled when the mode's item is submitted (seed 004's blank agreement)
 * @param flow              the flow from invitation or entry until the agreement is verified; its milestones say
 *                          when the agreement is signed, effective, printable and filed
 * @param agreementTemplate the document template the agreement prints with, or {@code null}
 * @param numberFormat      how the agreement number is composed when it takes effect
 * @param validity          response validity of an invitation in days, default and maximum (Hubei: employer-set,
 *                          default 5), or {@code null} when there is none
 * @param waivedGates       eligibility gates this mode does not apply (seed 002 signs while source information is
 *                          still in review: {@link EligibilityReason#SOURCE_INFO_NOT_APPROVED})
 */
public record SigningModeDefinition(ContributionId id, LocalizedText label, Initiation initiation, Channel channel,
        List<Set<SearchKey>> searchKeySets, List<FieldDefinition> agreementFields,
        List<SlotDefinition> submissionUploads, FlowDefinition flow, ContributionId agreementTemplate,
        AgreementNumberFormat numberFormat, Validity validity, Set<EligibilityReason> waivedGates)
        implements Contribution {

    public enum Initiation { EMPLOYER_INVITATION, STUDENT_ENTERED, STUDENT_INITIATED_ONLINE, BLANK_FORM }

    public enum Channel { ONLINE, OFFLINE }

    /** Days an invitation waits for an answer: the default, and the most the employer may choose. */
    public record Validity(int defaultDays, int maxDays) {
        public Validity {
            if (defaultDays < 1 || maxDays < defaultDays) {
                throw new IllegalArgumentException("validity needs 1 <= default <= max");
            }
        }
    }

    public SigningModeDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(initiation);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(flow);
        searchKeySets = searchKeySets == null ? List.of() : searchKeySets.stream().map(Set::copyOf).toList();
        agreementFields = agreementFields == null ? List.of() : List.copyOf(agreementFields);
        submissionUploads = submissionUploads == null ? List.of() : List.copyOf(submissionUploads);
        waivedGates = waivedGates == null ? Set.of() : Set.copyOf(waivedGates);
    }

    public static Builder builder(ContributionId id, LocalizedText label, Initiation initiation, Channel channel) {
        return new Builder(id, label, initiation, channel);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.SIGNING_MODE;
    }

    /** Builds a {@link SigningModeDefinition}; a flow is required. */
    public static final class Builder {
        private final ContributionId id;
        private final LocalizedText label;
        private final Initiation initiation;
        private final Channel channel;
        private final List<Set<SearchKey>> searchKeySets = new ArrayList<>();
        private final List<FieldDefinition> agreementFields = new ArrayList<>();
        private final List<SlotDefinition> submissionUploads = new ArrayList<>();
        private FlowDefinition flow;
        private ContributionId agreementTemplate;
        private AgreementNumberFormat numberFormat;
        private Validity validity;
        private final Set<EligibilityReason> waivedGates = EnumSet.noneOf(EligibilityReason.class);

        private Builder(ContributionId id, LocalizedText label, Initiation initiation, Channel channel) {
            this.id = id;
            this.label = label;
            this.initiation = initiation;
            this.channel = channel;
        }

        /** Adds one set of keys that together find a student; several sets are alternatives. */
        public Builder searchKeys(SearchKey... keys) {
            searchKeySets.add(Set.of(keys));
            return this;
        }

        public Builder agreementFields(FieldDefinition... f) {
            agreementFields.addAll(List.of(f));
            return this;
        }

        public Builder submissionUploads(SlotDefinition... s) {
            submissionUploads.addAll(List.of(s));
            return this;
        }

        public Builder flow(FlowDefinition f) {
            this.flow = f;
            return this;
        }

        public Builder agreementTemplate(ContributionId template) {
            this.agreementTemplate = template;
            return this;
        }

        public Builder numberFormat(AgreementNumberFormat f) {
            this.numberFormat = f;
            return this;
        }

        public Builder validity(int defaultDays, int maxDays) {
            this.validity = new Validity(defaultDays, maxDays);
            return this;
        }

        public Builder waives(EligibilityReason... gates) {
            waivedGates.addAll(List.of(gates));
            return this;
        }

        public SigningModeDefinition build() {
            return new SigningModeDefinition(id, label, initiation, channel, searchKeySets, agreementFields,
                    submissionUploads, flow, agreementTemplate, numberFormat, validity, waivedGates);
        }
    }
}
