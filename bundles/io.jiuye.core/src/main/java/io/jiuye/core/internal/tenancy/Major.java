package io.jiuye.core.internal.tenancy;

import io.jiuye.api.tenancy.MajorDto;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A major of a college. */
@Entity
@Table(name = "major")
public class Major extends Versioned {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @ManyToOne(optional = false)
    @JoinColumn(name = "college_id")
    private College college;
    private String code;
    private String name;

    protected Major() {
    }

    public Major(College college, String code, String name) {
        super("maj");
        this.school = college.getSchool();
        this.college = college;
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public College getCollege() {
        return college;
    }

    public MajorDto toDto() {
        return new MajorDto(publicId, school.getPublicId(), college.getPublicId(), code, name, version);
    }
}
