package io.jiuye.core.internal.tenancy;

import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A college of a school. */
@Entity
@Table(name = "college")
public class College extends Versioned {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    private String code;
    private String name;

    protected College() {
    }

    public College(School school, String code, String name) {
        super("col");
        this.school = school;
        this.code = code;
        this.name = name;
    }

    public School getSchool() {
        return school;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CollegeDto toDto() {
        return new CollegeDto(publicId, school.getPublicId(), code, name, version);
    }
}
