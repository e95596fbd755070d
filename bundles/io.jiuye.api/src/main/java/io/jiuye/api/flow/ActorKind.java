package io.jiuye.api.flow;

/** Who acts at a step, relative to the item. */
public enum ActorKind {
    /** The user who submitted the item. */
    SUBMITTER,
    /** The other party named on the item (e.g. the student an employer invited). */
    COUNTERPARTY,
    /**
     * The party to the agreement who did not start this item: the employer named on the item when a student (or
     * an admin for the student) submitted it, the student named as counterparty when an employer submitted it
     * (termination consent, R-TERM-2/4, needs no initiator conditions).
     */
    OTHER_PARTY,
    /** Any account of the employer named on the item. */
    EMPLOYER,
    /** An admin of the item's college. */
    COLLEGE_ADMIN,
    /** An admin of the item's school. */
    SCHOOL_ADMIN,
    /** A party outside the school, named by {@link ActorRef#party()} (e.g. a city HR bureau). */
    EXTERNAL,
    /** The engine itself: the step completes on its own when reached. */
    SYSTEM
}
