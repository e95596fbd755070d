package io.jiuye.api.plugin;

import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signing mode (签约模式, R-SIGN-2/7/9/10).
 *
 * @param initiation      who starts it: the employer's invitation, the student's entry of a paper agreement, the
 *                        student's online request, or a hand-filled blank form
 * @param searchKeySets   sets of student fields an employer must all match exactly to find a student (Hubei:
 *                        school+year+name+phone, or school+year+name+idNumber); empty when there is no search
 * @param agreementFields fields of the agreement (R-SIGN-3), beyond those the core always has
 * @param flow            the flow from invitation or entry until the agreement is verified (response, consideration
 *                        period, re-confirmation, uploads and reviews are its steps and timers)
 * @param defaultValidityDays default days an invitation stays open for an answer (Hubei 5), 0 when not used
 * @param effectiveOnSubmit whether the agreement takes effect when submitted (Shandong out-of-province, R-SIGN-7)
 */
public record SigningModeDefinition(ContributionId id, LocalizedText label, Initiation initiation,
        List<Set<String>> searchKeySets, List<FieldDefinition> agreementFields, FlowDefinition flow,
        int defaultValidityDays, boolean effectiveOnSubmit) implements Contribution {

    public enum Initiation { EMPLOYER_INVITATION, STUDENT_ENTERED, STUDENT_INITIATED_ONLINE, BLANK_FORM }

    public SigningModeDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(initiation);
        Objects.requireNonNull(flow);
        searchKeySets = searchKeySets == null ? List.of() : searchKeySets.stream().map(Set::copyOf).toList();
        agreementFields = agreementFields == null ? List.of() : List.copyOf(agreementFields);
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.SIGNING_MODE;
    }
}
