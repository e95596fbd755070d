package io.jiuye.api.flow;

/** Whose items a {@link FlowLimit} counts. */
public enum LimitScope {
    /** The items the same user submitted (today's default). */
    SUBMITTER,
    /**
     * The items about the same graduate, whoever submitted them: the submitter when a student submitted, the
     * student named as counterparty when an employer did (one termination per graduate, R-TERM-5).
     */
    GRADUATE,
    /**
     * The items about the same record, named by an attribute of the item that the core or a {@link FactProvider}
     * sets (one open termination per agreement whoever started it, R-TERM-1; one pending invitation per employer
     * and student, R-SIGN-4).
     */
    RECORD
}
