package io.jiuye.api;

/** The roles a Jiuye user can hold (domain.md §1, A1–A5). {@link #SYSTEM} is the engine itself and never logs in. */
public enum Role {
    STUDENT,
    EMPLOYER,
    COLLEGE_ADMIN,
    SCHOOL_ADMIN,
    OPERATOR,
    SYSTEM;

    /** Whether a user account may be created with this role. */
    public boolean isAccountRole() {
        return this != SYSTEM;
    }
}
