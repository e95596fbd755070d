package io.jiuye.api.plugin;

/** A student field an employer must match exactly to find a student (R-SIGN-2). */
public enum SearchKey {
    SCHOOL, GRADUATION_YEAR, NAME, PHONE, ID_NUMBER, STUDENT_NUMBER
}
