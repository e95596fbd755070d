package io.jiuye.api.employer;

import io.jiuye.api.i18n.LocalizedText;

/** Where an employer's qualification review (资质审核) stands. Only a verified employer acts toward graduates. */
public enum EmployerState {
    PENDING(LocalizedText.of("待审核", "Awaiting qualification review")),
    VERIFIED(LocalizedText.of("审核通过", "Verified")),
    REJECTED(LocalizedText.of("审核不通过", "Rejected"));

    private final LocalizedText label;

    EmployerState(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
