package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.SourceReviewChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A school's settings of the graduates module: the keys registration matches (R-ACC-2), the source-information
 * review chain (R-SRC-2), the fields a graduate corrects without review (R-SRC-4) and whether online signing is open
 * (R-ACC-5). A school without a row has the defaults; the first change writes one.
 */
@Entity
@Table(name = "graduate_school_settings")
public class GraduateSchoolSettings {
    static final String DEFAULT_REGISTRATION_KEYS = "STUDENT_NUMBER,NAME";
    static final String DEFAULT_DIRECT_EDIT_FIELDS = "qq,email,homePhone";

    @Id
    @Column(name = "school_id")
    private long schoolId;
    @Column(name = "registration_keys")
    private String registrationKeys = DEFAULT_REGISTRATION_KEYS;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_review_chain")
    private SourceReviewChain sourceReviewChain = SourceReviewChain.COLLEGE_THEN_SCHOOL;
    @Column(name = "direct_edit_fields")
    private String directEditFields = DEFAULT_DIRECT_EDIT_FIELDS;
    @Column(name = "online_signing_open")
    private boolean onlineSigningOpen = true;
    @Version
    private long version;

    protected GraduateSchoolSettings() {
    }

    private GraduateSchoolSettings(long schoolId) {
        this.schoolId = schoolId;
    }

    /** The school's settings as they are (the defaults when it has no row); not to be changed. */
    static GraduateSchoolSettings of(EntityManager em, long schoolId) {
        GraduateSchoolSettings s = em.find(GraduateSchoolSettings.class, schoolId);
        return s != null ? s : new GraduateSchoolSettings(schoolId);
    }

    /** The school's settings, to be changed in this transaction: its row, locked, created when missing. */
    static GraduateSchoolSettings forUpdate(EntityManager em, long schoolId) {
        GraduateSchoolSettings s = em.find(GraduateSchoolSettings.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            s = new GraduateSchoolSettings(schoolId);
            em.persist(s);
        }
        return s;
    }

    String getRegistrationKeys() {
        return registrationKeys;
    }

    void setRegistrationKeys(String registrationKeys) {
        this.registrationKeys = registrationKeys;
    }

    SourceReviewChain getSourceReviewChain() {
        return sourceReviewChain;
    }

    void setSourceReviewChain(SourceReviewChain chain) {
        this.sourceReviewChain = chain;
    }

    String getDirectEditFields() {
        return directEditFields;
    }

    void setDirectEditFields(String fields) {
        this.directEditFields = fields;
    }

    boolean isOnlineSigningOpen() {
        return onlineSigningOpen;
    }

    void setOnlineSigningOpen(boolean open) {
        this.onlineSigningOpen = open;
    }
}
