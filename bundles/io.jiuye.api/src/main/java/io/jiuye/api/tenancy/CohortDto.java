package io.jiuye.api.tenancy;

/** A graduation cohort (毕业届别), e.g. year 2026 = 2026届, of one school. */
public record CohortDto(String id, String schoolId, int graduationYear, String name, boolean current, long version) {
}
