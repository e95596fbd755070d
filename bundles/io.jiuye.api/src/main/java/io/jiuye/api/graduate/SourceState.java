package io.jiuye.api.graduate;

import io.jiuye.api.i18n.LocalizedText;

/** Where a graduate's source-information verification (生源信息核对, R-SRC-2) stands. */
public enum SourceState {
    NOT_SUBMITTED(LocalizedText.of("未提交", "Not submitted")),
    IN_REVIEW(LocalizedText.of("已提交", "Submitted")),
    RETURNED(LocalizedText.of("退回修改", "Returned for correction")),
    REJECTED(LocalizedText.of("审核不通过", "Rejected")),
    APPROVED(LocalizedText.of("学校审核通过", "Approved by the school"));

    private final LocalizedText label;

    SourceState(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** Whether the student may still edit freely (before approval and outside review). */
    public boolean editable() {
        return this == NOT_SUBMITTED || this == RETURNED || this == REJECTED;
    }
}
