package io.jiuye.api.flow;

/**
 * A point in a record's life that modules and plugins react to. A flow says where each is reached
 * ({@link MilestoneDefinition}); the engine records it on the item and publishes {@code review.milestone}.
 */
public enum Milestone {
    /** Both parties have agreed (the student accepted the invitation, the employer confirmed). */
    SIGNED,
    /** The record takes effect: the agreement number is issued (R-SIGN-5; Hubei paper after its first review). */
    EFFECTIVE,
    /** The agreement may be printed (seed 002 after the college review). */
    PRINTABLE,
    /** The record is filed (备案, seed 002). */
    FILED
}
