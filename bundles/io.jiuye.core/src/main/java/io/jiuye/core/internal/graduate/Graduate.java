package io.jiuye.core.internal.graduate;

import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.internal.review.ReviewItem;
import io.jiuye.core.internal.tenancy.College;
import io.jiuye.core.internal.tenancy.Major;
import io.jiuye.core.internal.tenancy.School;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A graduate record (生源) of a school's cohort, loaded by the school before the student registers. */
@Entity
@Table(name = "graduate")
public class Graduate extends Versioned {
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;
    @ManyToOne(optional = false)
    @JoinColumn(name = "college_id")
    private College college;
    @ManyToOne
    @JoinColumn(name = "major_id")
    private Major major;
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
    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;
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
    @ManyToOne
    @JoinColumn(name = "source_item_id")
    private ReviewItem sourceItem;
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

    Graduate(School school, String studentNumber, Instant now) {
        super("grd");
        this.school = school;
        this.studentNumber = studentNumber;
        this.createdAt = now;
    }

    /** Takes the imported values of a row. */
    void assign(GraduateRow r, College college, Major major, int graduationYear, Instant now) {
        this.college = college;
        this.major = major;
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

    public School getSchool() {
        return school;
    }

    public College getCollege() {
        return college;
    }

    public UserAccount getUser() {
        return user;
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

    Major getMajor() {
        return major;
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

    ReviewItem getSourceItem() {
        return sourceItem;
    }

    void sourceState(SourceState state, ReviewItem item) {
        this.sourceState = state;
        if (item != null) {
            this.sourceItem = item;
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
                sourceState, sourceItem == null ? null : sourceItem.getPublicId(), version);
    }

    /** Links the record to the account its graduate registered. */
    void registeredAs(UserAccount account) {
        this.user = account;
    }

    public String getName() {
        return name;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    /** The record as a viewer sees it; {@code clear} shows ID number and phone unmasked. */
    public GraduateDto toDto(boolean clear) {
        return new GraduateDto(publicId, school.getPublicId(), college.getPublicId(),
                major == null ? null : major.getPublicId(), graduationYear, studentNumber, name, gender,
                clear ? idNumber : Masking.idNumber(idNumber), educationLevel, trainingMode, className,
                clear ? phone : Masking.phone(phone), email, user != null, sourceState, version);
    }
}
