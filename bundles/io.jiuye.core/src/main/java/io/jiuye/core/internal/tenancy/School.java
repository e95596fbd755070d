package io.jiuye.core.internal.tenancy;

import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A school, the tenant every school-owned row points to. Modules keep their own settings of a school in their own
 * tables (the columns {@code registration_keys}, {@code direct_edit_fields}, {@code source_review_chain} and {@code
 * online_signing_open} of 0.1 are the graduates module's now, and unused here).
 */
@Entity
@Table(name = "school")
public class School extends Versioned {
    private String code;
    private String name;
    private String province;
    @Column(name = "created_at")
    private Instant createdAt;

    protected School() {
    }

    public School(String code, String name, String province, Instant createdAt) {
        super("sch");
        this.code = code;
        this.name = name;
        this.province = province;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SchoolDto toDto() {
        return new SchoolDto(publicId, code, name, province, version);
    }
}
