package io.jiuye.api.graduate;

/** Who reviews source information, per school (R-SRC-2): college then school (CQU), or the school only (seed 004). */
public enum SourceReviewChain {
    COLLEGE_THEN_SCHOOL, SCHOOL_ONLY
}
