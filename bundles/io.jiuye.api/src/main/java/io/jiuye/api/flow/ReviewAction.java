package io.jiuye.api.flow;

/** What an actor can do to an item (R-SRC-2, R-SIGN-5, R-TERM-2, R-DEST-4). */
public enum ReviewAction {
    /** The submitter sends (or re-sends) the item into its flow. */
    SUBMIT,
    /** The actor of the current step agrees; the item moves to the next step or is approved. */
    APPROVE,
    /** The actor of the current step refuses; a reason is mandatory; the item ends rejected. */
    REJECT,
    /** The actor of the current step sends it back to the submitter for correction; a reason is mandatory. */
    RETURN,
    /** The submitter takes the item back while it is in review (if the flow allows it). */
    WITHDRAW,
    /** A school admin withdraws an approval (撤回审核): the item goes back to its last step; reason mandatory. */
    REVOKE,
    /** The step's deadline passed without an answer. Only the system performs it. */
    EXPIRE;

    /** Whether this action needs a remark giving the reason. */
    public boolean needsReason() {
        return this == REJECT || this == RETURN || this == REVOKE;
    }
}
