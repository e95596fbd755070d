package io.jiuye.api.account;

/**
 * A field a student's registration must match in the school's imported records (R-ACC-2). School and graduation
 * year always match; the school chooses the others: student number and name (seed 004), or name, ID number and
 * education level (the five keys of seed 003).
 */
public enum MatchKey {
    STUDENT_NUMBER, NAME, ID_NUMBER, EDUCATION_LEVEL
}
