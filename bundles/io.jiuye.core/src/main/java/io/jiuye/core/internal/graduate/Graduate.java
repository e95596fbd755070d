package io.jiuye.core.internal.graduate;

import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.internal.persistence.Versioned;
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
    private String email;
    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;
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
                clear ? phone : Masking.phone(phone), email, user != null, version);
    }
}
