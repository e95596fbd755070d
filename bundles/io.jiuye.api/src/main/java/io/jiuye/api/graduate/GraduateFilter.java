package io.jiuye.api.graduate;

/**
 * Which graduates of a school an admin list shows (R-STAT-1): cohort, college, major, a name or student-number
 * fragment and the source-information state; {@code null} for any.
 */
public record GraduateFilter(String schoolId, Integer graduationYear, String collegeId, String majorId, String query,
        SourceState sourceState) {
}
