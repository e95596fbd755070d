package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.core.module.Accounts;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.Schools.CollegeRef;
import io.jiuye.core.module.Schools.MajorRef;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A graduate record (生源) of a school's cohort, loaded by the school before the student registers. */
@Entity
@Table(name = "graduate")
public class Graduate extends Versioned {
    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;
    @Column(name = "school_ref", updatable = false)
    private String schoolRef;
    @Column(name = "college_id", nullable = false)
    private long collegeId;
    @Column(name = "college_ref")
    private String collegeRef;
    @Column(name = "major_id")
    private Long majorId;
    @Column(name = "major_ref")
    private String majorRef;
    @Column(name = "graduation_year")
    private int graduationYear;
    @Column(name = "student_number")
    private String studentNumber;
    private String name;
    private String gender;
    @Column(name = "id_number")
    private String idNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    private EducationLevel educationLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "training_mode")
    private TrainingMode trainingMode;
    @Column(name = "class_name")
    private String className;
    private String phone;
    @Column(name = "verified_phone")
    private String verifiedPhone;
    @Column(name = "phone_verified_at")
    private Instant phoneVerifiedAt;
    private String email;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "user_ref")
    private String userRef;
    @Column(name = "hukou_to_school")
    private Boolean hukouToSchool;
    @Column(name = "archive_to_school")
    private Boolean archiveToSchool;
    private String qq;
    @Column(name = "home_postcode")
    private String homePostcode;
    @Column(name = "home_phone")
    private String homePhone;
    @Column(name = "home_address")
    private String homeAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_state")
    private SourceState sourceState = SourceState.NOT_SUBMITTED;
    @Column(name = "source_item_id")
    private Long sourceItemId;
    @Column(name = "source_item_ref")
    private String sourceItemRef;
    /** R-ACC-5 switches set by the school's admins (see EligibilityServiceImpl). */
    @Column(name = "recommended_for_postgraduate")
    private boolean recommendedForPostgraduate;
    @Column(name = "plan_submitted")
    private boolean planSubmitted;
    @Column(name = "signing_restricted")
    private boolean signingRestricted;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Graduate() {
    }

    Graduate(SchoolRef school, String studentNumber, Instant now) {
        super("grd");
        this.schoolId = school.id();
        this.schoolRef = school.publicId();
        this.studentNumber = studentNumber;
        this.createdAt = now;
    }

    /** Takes the imported values of a row. */
    void assign(GraduateRow r, CollegeRef college, MajorRef major, int graduationYear, Instant now) {
        this.collegeId = college.id();
        this.collegeRef = college.publicId();
        this.majorId = major == null ? null : major.id();
        this.majorRef = major == null ? null : major.publicId();
        this.graduationYear = graduationYear;
        this.name = r.name();
        this.gender = r.gender();
        this.idNumber = r.idNumber();
        this.educationLevel = r.educationLevel();
        this.trainingMode = r.trainingMode();
        this.className = r.className();
        this.phone = r.phone();
        this.email = r.email();
        this.updatedAt = now;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getIdNumber() {
        return idNumber;
    }

    long getSchoolId() {
        return schoolId;
    }

    String getSchoolRef() {
        return schoolRef;
    }

    long getCollegeId() {
        return collegeId;
    }

    String getCollegeRef() {
        return collegeRef;
    }

    /** The graduate's account (internal id), once registered. */
    Long getUserId() {
        return userId;
    }

    String getUserRef() {
        return userRef;
    }

    /** The completable fields by name, as text for the change log (R-SRC-3). */
    Map<String, String> sourceFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("educationLevel", educationLevel == null ? null : educationLevel.name());
        m.put("hukouToSchool", hukouToSchool == null ? null : hukouToSchool.toString());
        m.put("archiveToSchool", archiveToSchool == null ? null : archiveToSchool.toString());
        m.put("qq", qq);
        m.put("homePostcode", homePostcode);
        m.put("email", email);
        m.put("phone", phone);
        m.put("homePhone", homePhone);
        m.put("homeAddress", homeAddress);
        return m;
    }

    /** Applies a student's update; null fields stay. */
    void complete(SourceInfoUpdate u, Instant now) {
        if (u.educationLevel() != null) {
            educationLevel = u.educationLevel();
        }
        if (u.hukouToSchool() != null) {
            hukouToSchool = u.hukouToSchool();
        }
        if (u.archiveToSchool() != null) {
            archiveToSchool = u.archiveToSchool();
        }
        qq = keep(qq, u.qq());
        homePostcode = keep(homePostcode, u.homePostcode());
        email = keep(email, u.email());
        phone = keep(phone, u.phone());
        homePhone = keep(homePhone, u.homePhone());
        homeAddress = keep(homeAddress, u.homeAddress());
        updatedAt = now;
    }

    private static String keep(String old, String given) {
        return given == null ? old : given.isBlank() ? null : given.strip();
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    String getGender() {
        return gender;
    }

    Long getMajorId() {
        return majorId;
    }

    String getClassName() {
        return className;
    }

    String getPhone() {
        return phone;
    }

    /** Whether the phone confirmed by SMS code (R-ACC-3) is still the record's phone. */
    public boolean isPhoneVerified() {
        return verifiedPhone != null && phone != null && verifiedPhone.equals(phone);
    }

    Instant getPhoneVerifiedAt() {
        return isPhoneVerified() ? phoneVerifiedAt : null;
    }

    void phoneVerified(String number, Instant at) {
        verifiedPhone = number;
        phoneVerifiedAt = at;
    }

    String getEmail() {
        return email;
    }

    String getHomeAddress() {
        return homeAddress;
    }

    String getHomePostcode() {
        return homePostcode;
    }

    SourceState getSourceState() {
        return sourceState;
    }

    /** The review item of the source information (internal id), once submitted. */
    Long getSourceItemId() {
        return sourceItemId;
    }

    void sourceState(SourceState state, ReviewItemView item) {
        this.sourceState = state;
        if (item != null) {
            this.sourceItemId = item.id();
            this.sourceItemRef = item.publicId();
        }
    }

    TrainingMode getTrainingMode() {
        return trainingMode;
    }

    /** The signing switches by name, as text for the change log (R-SRC-3). */
    Map<String, String> signingFlagFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("recommendedForPostgraduate", Boolean.toString(recommendedForPostgraduate));
        m.put("planSubmitted", Boolean.toString(planSubmitted));
        m.put("signingRestricted", Boolean.toString(signingRestricted));
        return m;
    }

    /** Applies a change of the signing switches; null ones stay. */
    void signingFlags(io.jiuye.api.graduate.SigningFlags.Update u, Instant now) {
        if (u.recommendedForPostgraduate() != null) {
            recommendedForPostgraduate = u.recommendedForPostgraduate();
        }
        if (u.planSubmitted() != null) {
            planSubmitted = u.planSubmitted();
        }
        if (u.signingRestricted() != null) {
            signingRestricted = u.signingRestricted();
        }
        updatedAt = now;
    }

    io.jiuye.api.graduate.SigningFlags toSigningFlags() {
        return new io.jiuye.api.graduate.SigningFlags(publicId, recommendedForPostgraduate, planSubmitted,
                signingRestricted, version);
    }

    boolean isRecommendedForPostgraduate() {
        return recommendedForPostgraduate;
    }

    boolean isPlanSubmitted() {
        return planSubmitted;
    }

    boolean isSigningRestricted() {
        return signingRestricted;
    }

    SourceInfo toSourceInfo() {
        return new SourceInfo(toDto(true), hukouToSchool, archiveToSchool, qq, homePostcode, homePhone, homeAddress,
                sourceState, sourceItemRef, version);
    }

    /** Links the record to the account its graduate registered. */
    void registeredAs(Accounts.Account account) {
        this.userId = account.id();
        this.userRef = account.user().id();
    }

    public String getName() {
        return name;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    /** The record as a viewer sees it; {@code clear} shows ID number and phone unmasked. */
    public GraduateDto toDto(boolean clear) {
        return new GraduateDto(publicId, schoolRef, collegeRef, majorRef, graduationYear, studentNumber, name, gender,
                clear ? idNumber : Masking.idNumber(idNumber), educationLevel, trainingMode, className,
                clear ? phone : Masking.phone(phone), email, userId != null, sourceState, version);
    }
}
