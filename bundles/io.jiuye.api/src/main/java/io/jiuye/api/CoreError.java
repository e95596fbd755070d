package io.jiuye.api;

/** Error codes of the core. Their zh/en messages live in the core's message catalogue. */
public enum CoreError implements ErrorCode {
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    INVALID_CREDENTIALS(401),
    TOKEN_EXPIRED(401),
    ACCOUNT_DISABLED(403),
    FORBIDDEN(403),
    OUT_OF_SCOPE(403),
    NOT_FOUND(404),
    VERSION_CONFLICT(409),
    DUPLICATE(409),
    VALIDATION_FAILED(422),
    REASON_REQUIRED(422),
    REVIEW_NOT_YOUR_STEP(403),
    REVIEW_ACTION_NOT_ALLOWED(409),
    REVIEW_NOT_YET_ALLOWED(409),
    REVIEW_LIMIT_REACHED(422),
    REVIEW_OUTSIDE_WINDOW(422),
    REVIEW_DEADLINE_PASSED(409),
    REVIEW_FLOW_UNREVIEWED(422),
    PLUGIN_NOT_INSTALLED(409),
    PLUGIN_NOT_ENABLED(422),
    PLUGIN_BASELINE(422),
    CONTRIBUTION_UNAVAILABLE(409),
    SETTING_INVALID(422),
    REGISTRATION_NO_MATCH(422),
    ALREADY_REGISTERED(409),
    SOURCE_INFO_LOCKED(409),
    SOURCE_INFO_NOT_APPROVED(409),
    RECOMMENDATION_FORM_LOCKED(409),
    RECOMMENDATION_FORM_NOT_APPROVED(409),
    DOCUMENTS_UNAVAILABLE(503),
    EMPLOYER_ALREADY_REGISTERED(409),
    EMPLOYER_IN_REVIEW(409),
    NOTIFICATION_UNAVAILABLE(503),
    CODE_INVALID(422),
    CODE_EXPIRED(422),
    CODE_ATTEMPTS_EXCEEDED(422),
    CODE_RATE_LIMITED(429),
    PHONE_MISSING(409),
    /** No database connection was free within the pool's timeout: the node is overloaded, try again shortly. */
    DATABASE_BUSY(503);

    private final int status;

    CoreError(int status) {
        this.status = status;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public int status() {
        return status;
    }
}
