package io.jiuye.api.graduate;

/**
 * Why a graduate may not sign (R-ACC-5), one code per gate. Their zh/en texts are in the message catalogue under
 * {@code eligibility.<CODE>}.
 */
public enum EligibilityReason {
    /** Training mode 定向委培: only non-targeted graduates sign (seeds 000, 001 FAQ 1). */
    TARGETED_TRAINING,
    /** Already going on to postgraduate study by recommendation (推免, seed 000). */
    RECOMMENDED_FOR_POSTGRADUATE,
    /** The employment-plan data has been submitted (001 FAQ 1). */
    EMPLOYMENT_PLAN_SUBMITTED,
    /** Source information not (yet) approved (001 FAQ 5). */
    SOURCE_INFO_NOT_APPROVED,
    /** The phone of the graduate record is not confirmed by SMS code (R-ACC-3), or changed since. */
    PHONE_NOT_VERIFIED,
    /** The school keeps signing closed for this graduate (签约开放列表, seed 001 toolbar). */
    SIGNING_RESTRICTED,
    /** The school's online signing is switched off (网签开放设置, seed 001 toolbar). */
    ONLINE_SIGNING_CLOSED
}
