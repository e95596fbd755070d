package io.jiuye.core.internal.tenancy;

import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A school, the tenant every school-owned row points to. */
@Entity
@Table(name = "school")
public class School extends Versioned {
    private String code;
    private String name;
    private String province;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "registration_keys")
    private String registrationKeys = "STUDENT_NUMBER,NAME";
    @Column(name = "direct_edit_fields")
    private String directEditFields = "qq,email,homePhone";
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "source_review_chain")
    private io.jiuye.api.graduate.SourceReviewChain sourceReviewChain =
            io.jiuye.api.graduate.SourceReviewChain.COLLEGE_THEN_SCHOOL;
    /** 网签开放设置 (R-ACC-5): while false none of the school's graduates may sign online. */
    @Column(name = "online_signing_open")
    private boolean onlineSigningOpen = true;

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

    /** The fields a registration must match, as stored: key names separated by commas. */
    public String getRegistrationKeys() {
        return registrationKeys;
    }

    public void setRegistrationKeys(String keys) {
        this.registrationKeys = keys;
    }

    /** Source fields graduates may correct without review, separated by commas. */
    public String getDirectEditFields() {
        return directEditFields;
    }

    public void setDirectEditFields(String fields) {
        this.directEditFields = fields;
    }

    public io.jiuye.api.graduate.SourceReviewChain getSourceReviewChain() {
        return sourceReviewChain;
    }

    public void setSourceReviewChain(io.jiuye.api.graduate.SourceReviewChain chain) {
        this.sourceReviewChain = chain;
    }

    public boolean isOnlineSigningOpen() {
        return onlineSigningOpen;
    }

    public void setOnlineSigningOpen(boolean open) {
        this.onlineSigningOpen = open;
    }

    public SchoolDto toDto() {
        return new SchoolDto(publicId, code, name, province, version);
    }
}
