package io.jiuye.core.internal.tenancy;

import io.jiuye.api.tenancy.CohortDto;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A graduation cohort of a school (e.g. 2026届). */
@Entity
@Table(name = "cohort")
public class Cohort extends Versioned {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @Column(name = "graduation_year")
    private int graduationYear;
    private String name;
    @Column(name = "is_current")
    private boolean current;

    protected Cohort() {
    }

    public Cohort(School school, int graduationYear, String name, boolean current) {
        super("coh");
        this.school = school;
        this.graduationYear = graduationYear;
        this.name = name;
        this.current = current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    public CohortDto toDto() {
        return new CohortDto(publicId, school.getPublicId(), graduationYear, name, current, version);
    }
}
