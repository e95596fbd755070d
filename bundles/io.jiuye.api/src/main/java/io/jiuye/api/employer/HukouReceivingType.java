package io.jiuye.api.employer;

import io.jiuye.api.i18n.LocalizedText;

/**
 * How an employer receives a graduate's household registration (户口接收类型, seed 001 §2.1.1; default 不接收). The
 * seed shows only the default; the other options are the usual ones of provincial systems.
 */
public enum HukouReceivingType {
    NOT_RECEIVING(LocalizedText.of("不接收", "Not received")),
    EMPLOYER_COLLECTIVE(LocalizedText.of("单位集体户接收", "Employer's collective household")),
    TALENT_CENTRE_COLLECTIVE(LocalizedText.of("人才服务机构集体户接收", "Talent service centre's collective household")),
    LOCAL_SETTLEMENT(LocalizedText.of("落户单位所在地", "Settlement at the employer's location"));

    private final LocalizedText label;

    HukouReceivingType(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** Whether the type needs the receiving address. */
    public boolean receives() {
        return this != NOT_RECEIVING;
    }
}
