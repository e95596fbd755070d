package io.jiuye.core.internal.graduate;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateFilter;
import io.jiuye.api.graduate.GraduateService;
import io.jiuye.api.graduate.ImportJob;
import io.jiuye.api.graduate.ImportReport;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.module.XlsxExport;
import io.jiuye.core.internal.persistence.Database;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.School;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Graduate records: import by the school's admins, lists for school and college admins with ID numbers and phones
 * masked. A graduate sees their own record in clear.
 */
@Component(service = GraduateService.class)
public class GraduateServiceImpl implements GraduateService {
    private final Transactions tx;
    private final Clock clock;
    private final MessageCatalog messages;
    private final SecurityAuditLog audit;

    private final Executor jobs;
    private final ExecutorService ownJobs;

    @Activate
    public GraduateServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference MessageCatalog messages,
            @Reference SecurityAuditLog audit) {
        this(tx, clock, messages, audit, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jiuye-graduate-imports");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the executor that runs background imports (tests pass one that runs them at once). */
    public GraduateServiceImpl(Transactions tx, Clock clock, MessageCatalog messages, SecurityAuditLog audit,
            Executor jobs) {
        this.tx = tx;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
        this.jobs = jobs;
        this.ownJobs = jobs instanceof ExecutorService e ? e : null;
    }

    @Deactivate
    void stop() {
        if (ownJobs != null) {
            ownJobs.shutdownNow();
        }
    }

    @Override
    public ImportReport importGraduates(Principal caller, String schoolId, int graduationYear, Format format,
            InputStream content, Locale locale) {
        School school = schoolForImport(caller, schoolId, graduationYear);
        ImportReport report = new GraduateImport(tx, clock, messages, locale, school, graduationYear)
                .run(content, format);
        audited(caller, school, graduationYear, report);
        return report;
    }

    /** The school, when the caller manages it and it has the cohort. */
    private School schoolForImport(Principal caller, String schoolId, int graduationYear) {
        return tx.inTransaction(em -> {
            School s = TenancyLookup.school(em, schoolId);
            TenantScope.requireManage(caller, s);
            boolean cohort = !em.createQuery("SELECT c.id FROM Cohort c WHERE c.school = :s AND c.graduationYear = :y")
                    .setParameter("s", s).setParameter("y", graduationYear).getResultList().isEmpty();
            if (!cohort) {
                throw JiuyeException.invalid("graduationYear", "COHORT_UNKNOWN", graduationYear);
            }
            return s;
        });
    }

    private void audited(Principal caller, School school, int graduationYear, ImportReport report) {
        audit.success(SecurityAuditLog.Event.GRADUATES_IMPORTED, caller, school.getId(), school.getPublicId(),
                graduationYear + ": " + report.created() + " created, " + report.updated() + " updated, "
                        + report.refusedRows() + " refused");
    }

    @Override
    public ImportJob startImport(Principal caller, String schoolId, int graduationYear, Format format,
            InputStream content, Locale locale) {
        School school = schoolForImport(caller, schoolId, graduationYear);
        Path file;
        try {
            Path dir = Files.createDirectories(Database.DataDirectory.path().resolve("imports"));
            file = Files.createTempFile(dir, "graduates-", format == Format.XLSX ? ".xlsx" : ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the upload: " + e.getMessage(), e);
        }
        GraduateImportJob job = tx.inTransaction(em -> {
            GraduateImportJob j = new GraduateImportJob(em.find(School.class, school.getId()), graduationYear,
                    caller.username(), clock.instant());
            em.persist(j);
            return j;
        });
        long key = job.getId();
        jobs.execute(() -> runJob(key, caller, school, graduationYear, format, file, locale));
        return tx.inTransaction(em -> em.find(GraduateImportJob.class, key).toDto());
    }

    private void runJob(long key, Principal caller, School school, int year, Format format, Path file,
            Locale locale) {
        ImportReport report = new ImportReport(0, 0, 0, List.of());
        String error = null;
        try (InputStream in = Files.newInputStream(file)) {
            report = new GraduateImport(tx, clock, messages, locale, school, year)
                    .onProgress(r -> tx.run(em -> em.find(GraduateImportJob.class, key).progress(r)))
                    .run(in, format);
            audited(caller, school, year, report);
        } catch (JiuyeException e) {
            error = e.fieldErrors().isEmpty() ? e.error().code() : e.fieldErrors().get(0).code();
        } catch (IOException | RuntimeException e) {
            error = "INTERNAL_ERROR";
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the data directory's imports folder may be cleaned by the operator
            }
        }
        ImportReport done = report;
        String failure = error;
        tx.run(em -> em.find(GraduateImportJob.class, key).finish(done, failure, clock.instant()));
    }

    @Override
    public ImportJob importJob(Principal caller, String jobId) {
        return tx.inTransaction(em -> {
            GraduateImportJob job = TenancyLookup.one(em, GraduateImportJob.class, "GraduateImportJob", jobId);
            TenantScope.requireManage(caller, job.getSchool());
            return job.toDto();
        });
    }

    @Override
    public byte[] template(Format format) {
        List<String> headers = GraduateColumn.headers();
        List<String> example = java.util.Arrays.stream(GraduateColumn.values()).map(c -> c.example).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel opens UTF-8 CSV right
                out.write((String.join(",", headers) + "\r\n" + String.join(",", example) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                Workbook wb = new Workbook(out, "Jiuye", "1.0");
                Worksheet ws = wb.newWorksheet("毕业生");
                for (int i = 0; i < headers.size(); i++) {
                    ws.value(0, i, headers.get(i));
                    ws.style(0, i).bold().set();
                    ws.value(1, i, example.get(i));
                    ws.width(i, 16);
                }
                wb.finish();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Override
    public Page<GraduateDto> list(Principal caller, GraduateFilter filter, PageRequest page) {
        return tx.inTransaction(em -> {
            Keyset keyset = scoped(em, caller, filter);
            return keyset.page(em, Graduate.class, page, g -> g.toDto(false));
        });
    }

    /**
     * The caller's view of the school's graduates as a keyset query: school admins and operators the whole school
     * (optionally one college), college admins their own college only, nobody else. Filters compare key columns
     * (no join), and a page reads its colleges, majors, accounts and source items in one query each.
     */
    private static Keyset scoped(EntityManager em, Principal caller, GraduateFilter filter) {
        School school = TenancyLookup.school(em, filter.schoolId());
        StringBuilder where = new StringBuilder("e.school = :school");
        Map<String, Object> params = new HashMap<>();
        params.put("school", school);
        // the same conditions in SQL, for the page's key scan over the index that fits the filters
        StringBuilder sql = new StringBuilder("school_id = ?");
        List<Object> values = new java.util.ArrayList<>(List.of(school.getId()));
        Long collegeKey = null;
        String collegeId = filter.collegeId();
        switch (caller.role()) {
            case OPERATOR, SCHOOL_ADMIN -> {
                TenantScope.requireManage(caller, school);
                if (collegeId != null && !collegeId.isBlank()) {
                    collegeKey = TenancyLookup.keyOrNone(em, "College", collegeId);
                }
            }
            case COLLEGE_ADMIN -> {
                TenantScope.requireRead(caller, school);
                if (collegeId != null && !collegeId.isBlank() && !collegeId.equals(caller.collegeId())) {
                    throw new JiuyeException(CoreError.OUT_OF_SCOPE);
                }
                collegeKey = TenancyLookup.keyOrNone(em, "College", caller.collegeId());
            }
            default -> throw new JiuyeException(CoreError.FORBIDDEN);
        }
        if (collegeKey != null) {
            where.append(" AND e.college.id = :college");
            params.put("college", collegeKey);
            sql.append(" AND college_id = ?");
            values.add(collegeKey);
        }
        if (filter.graduationYear() != null) {
            where.append(" AND e.graduationYear = :year");
            params.put("year", filter.graduationYear());
            sql.append(" AND graduation_year = ?");
            values.add(filter.graduationYear());
        }
        if (filter.majorId() != null && !filter.majorId().isBlank()) {
            long major = TenancyLookup.keyOrNone(em, "Major", filter.majorId());
            where.append(" AND e.major.id = :major");
            params.put("major", major);
            sql.append(" AND major_id = ?");
            values.add(major);
        }
        if (filter.sourceState() != null) {
            where.append(" AND e.sourceState = :state");
            params.put("state", filter.sourceState());
            sql.append(" AND source_state = ?");
            values.add(filter.sourceState().name());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" AND (e.name LIKE :q OR e.studentNumber LIKE :q)");
            params.put("q", "%" + filter.query().strip() + "%");
            sql.append(" AND (name LIKE ? OR student_number LIKE ?)");
            values.add("%" + filter.query().strip() + "%");
            values.add("%" + filter.query().strip() + "%");
        }
        // V11__list_indexes.sql: the index whose equality columns the filters fill, ending with the key
        boolean year = filter.graduationYear() != null;
        String index = year && filter.sourceState() != null ? "graduate_state_list"
                : year && collegeKey != null ? "graduate_college_year_list"
                : year ? "graduate_school_year_list" : "graduate_school_list";
        return new Keyset("Graduate", where.toString(), params, true).fetching("e.college", "e.major", "e.user",
                "e.sourceItem", "e.sourceItem.submitter", "e.sourceItem.counterparty", "e.sourceItem.graduate",
                "e.sourceItem.snapshot")
                .scanning(new Keyset.KeyScan("graduate", index, sql.toString(), values));
    }

    /** Columns of the export: the template's, then the state (R-STAT-1); numbers masked like the list. */
    private static final List<String> EXPORT_HEADER = List.of("学号", "姓名", "性别", "身份证号", "学院", "届别", "学历层次",
            "培养方式", "班级", "手机号码", "电子邮箱", "已注册", "生源核对状态");

    @Override
    public byte[] export(Principal caller, GraduateFilter filter) {
        XlsxExport.Result r = XlsxExport.write("毕业生", EXPORT_HEADER,
                cursor -> tx.inTransaction(em -> scoped(em, caller, filter).page(em, Graduate.class,
                        new PageRequest(PageRequest.MAX_LIMIT, cursor, false), g -> g)),
                g -> {
                    GraduateDto d = g.toDto(false);
                    return new Object[] {d.studentNumber(), d.name(), d.gender(), d.idNumber(),
                        g.getCollege().getName(), d.graduationYear() + "届", d.educationLevel().label().zh(),
                        d.trainingMode().label().zh(), d.className(), d.phone(), d.email(),
                        d.registered() ? "是" : "否", d.sourceState().label().zh()};
                });
        audit.success(SecurityAuditLog.Event.GRADUATES_EXPORTED, caller, null, filter.schoolId(),
                r.rows() + " rows");
        return r.workbook();
    }

    @Override
    public GraduateDto get(Principal caller, String graduateId, boolean unmasked) {
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.visible(em, caller, graduateId);
            if (GraduateAccess.isOwn(caller, g)) {
                return g.toDto(true);
            }
            if (unmasked) {
                audit.success(SecurityAuditLog.Event.GRADUATE_UNMASKED_READ, caller, g.getSchool().getId(),
                        g.getPublicId(), g.getStudentNumber());
            }
            return g.toDto(unmasked);
        });
    }
}
