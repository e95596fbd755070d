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
    EXPIRE,
    /**
     * The actor of the previous human step takes the item back to that step while it waits at a step that allows it
     * (拿回重签, seed 002: the employer takes its confirmation back before the student re-confirms).
     */
    TAKE_BACK,
    /**
     * An {@link Amendment} of the flow: its actor changes the item's values while it waits at one of the named steps,
     * and the item goes back to the amendment's step (R-SIGN-6: the employer amends before verification and the
     * student must agree again).
     */
    AMEND;

    /**
     * Whether this action needs a remark by default. A step may require it for other actions too
     * ({@link StepDefinition#reasonRequired()}); REVOKE always needs one.
     */
    public boolean needsReason() {
        return this == REJECT || this == RETURN || this == REVOKE;
    }
}
