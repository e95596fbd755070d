package io.jiuye.api.tenancy;

/** A major (专业) taught by a college. */
public record MajorDto(String id, String schoolId, String collegeId, String code, String name, long version) {
}
