package io.jiuye.api.tenancy;

/** A college (学院/院系) of a school; {@code code} is unique within the school. */
public record CollegeDto(String id, String schoolId, String code, String name, long version) {
}
