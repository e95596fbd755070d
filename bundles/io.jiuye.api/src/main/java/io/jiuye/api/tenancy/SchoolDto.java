package io.jiuye.api.tenancy;

/** A school (高校): the tenant. {@code code} is the national school code (学校代码), unique in the deployment. */
public record SchoolDto(String id, String code, String name, String province, long version) {
}
