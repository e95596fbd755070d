package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.ImportJob;
import io.jiuye.api.graduate.ImportReport;
import io.jiuye.core.module.Json;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.module.Schools.SchoolRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A background graduate import and its progress, stored so that every node can answer for it. */
@Entity
@Table(name = "import_job")
public class GraduateImportJob extends Versioned {
    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;
    @Column(name = "school_ref", updatable = false)
    private String schoolRef;
    @Column(name = "graduation_year")
    private int graduationYear;
    private String state;
    @Lob
    @Column(name = "report")
    private String report;
    private String error;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected GraduateImportJob() {
    }

    GraduateImportJob(SchoolRef school, int graduationYear, String startedBy, Instant now) {
        super("imp");
        this.schoolId = school.id();
        this.schoolRef = school.publicId();
        this.graduationYear = graduationYear;
        this.state = "RUNNING";
        this.report = Json.write(new ImportReport(0, 0, 0, java.util.List.of()));
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    String getSchoolRef() {
        return schoolRef;
    }

    /** Progress keeps the counts and the first problems; the finished job keeps them all. */
    void progress(ImportReport r) {
        this.report = Json.write(new ImportReport(r.rows(), r.created(), r.updated(),
                r.problems().subList(0, Math.min(100, r.problems().size()))));
    }

    void finish(ImportReport r, String error, Instant now) {
        this.report = Json.write(r);
        this.error = error;
        this.state = error == null ? "DONE" : "FAILED";
        this.finishedAt = now;
    }

    ImportJob toDto() {
        return new ImportJob(publicId, schoolRef, graduationYear, state,
                Json.read(report, ImportReport.class), error, startedAt, finishedAt);
    }
}
