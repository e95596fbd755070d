package io.jiuye.graduates.internal;

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
import io.jiuye.core.module.AuditLog;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.CollegeRef;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.module.XlsxExport;
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
import org.osgi.framework.BundleContext;
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
    /** A key no row has: a filter by an unknown college or major matches nothing. */
    private static final long NONE = -1L;
    private final Transactions tx;
    private final Clock clock;
    private final MessageCatalog messages;
    private final AuditLog audit;
    private final Schools schools;
    private final Path uploads;

    private final Executor jobs;
    private final ExecutorService ownJobs;

    /** Uploads of background imports wait in the bundle's data area until their job has read them. */
    @Activate
    public GraduateServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx, @Reference Clock clock,
            @Reference MessageCatalog messages, @Reference AuditLog audit, @Reference Schools schools,
            BundleContext context) {
        this(tx, clock, messages, audit, schools, context.getDataFile("imports").toPath(),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "jiuye-graduate-imports");
                    t.setDaemon(true);
                    return t;
                }));
    }

    /**
     * With the folder that keeps uploads of background imports and the executor that runs them (tests pass one
     * that runs them at once).
     */
    public GraduateServiceImpl(Transactions tx, Clock clock, MessageCatalog messages, AuditLog audit,
            Schools schools, Path uploads, Executor jobs) {
        this.tx = tx;
        this.clock = clock;
        this.messages = messages;
        this.audit = audit;
        this.schools = schools;
        this.uploads = uploads;
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
        SchoolRef school = schoolForImport(caller, schoolId, graduationYear);
        ImportReport report = new GraduateImport(tx, schools, clock, messages, locale, school, graduationYear)
                .run(content, format);
        audited(caller, school, graduationYear, report);
        return report;
    }

    /** The school, when the caller manages it and it has the cohort. */
    private SchoolRef schoolForImport(Principal caller, String schoolId, int graduationYear) {
        SchoolRef s = schools.require(schoolId);
        Scopes.requireManage(caller, s.publicId());
        if (!schools.hasCohort(s.id(), graduationYear)) {
            throw JiuyeException.invalid("graduationYear", "COHORT_UNKNOWN", graduationYear);
        }
        return s;
    }

    private void audited(Principal caller, SchoolRef school, int graduationYear, ImportReport report) {
        audit.success("GRADUATES_IMPORTED", caller, school.id(), school.publicId(),
                graduationYear + ": " + report.created() + " created, " + report.updated() + " updated, "
                        + report.refusedRows() + " refused");
    }

    @Override
    public ImportJob startImport(Principal caller, String schoolId, int graduationYear, Format format,
            InputStream content, Locale locale) {
        SchoolRef school = schoolForImport(caller, schoolId, graduationYear);
        Path file;
        try {
            Path dir = Files.createDirectories(uploads);
            file = Files.createTempFile(dir, "graduates-", format == Format.XLSX ? ".xlsx" : ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the upload: " + e.getMessage(), e);
        }
        GraduateImportJob job = tx.inTransaction(em -> {
            GraduateImportJob j = new GraduateImportJob(school, graduationYear, caller.username(), clock.instant());
            em.persist(j);
            return j;
        });
        long key = job.getId();
        jobs.execute(() -> runJob(key, caller, school, graduationYear, format, file, locale));
        return tx.inTransaction(em -> em.find(GraduateImportJob.class, key).toDto());
    }

    private void runJob(long key, Principal caller, SchoolRef school, int year, Format format, Path file,
            Locale locale) {
        ImportReport report = new ImportReport(0, 0, 0, List.of());
        String error = null;
        try (InputStream in = Files.newInputStream(file)) {
            report = new GraduateImport(tx, schools, clock, messages, locale, school, year)
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
            GraduateImportJob job = Versioned.byPublicId(em, GraduateImportJob.class, jobId);
            Scopes.requireManage(caller, job.getSchoolRef());
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
            Keyset keyset = scoped(caller, filter);
            return keyset.page(em, Graduate.class, page, g -> g.toDto(false));
        });
    }

    /**
     * The caller's view of the school's graduates as a keyset query: school admins and operators the whole school
     * (optionally one college), college admins their own college only, nobody else. Filters compare key columns
     * (no join): the public ids a page shows are columns of its rows.
     */
    private Keyset scoped(Principal caller, GraduateFilter filter) {
        SchoolRef school = schools.require(filter.schoolId());
        StringBuilder where = new StringBuilder("e.schoolId = :school");
        Map<String, Object> params = new HashMap<>();
        params.put("school", school.id());
        // the same conditions in SQL, for the page's key scan over the index that fits the filters
        StringBuilder sql = new StringBuilder("school_id = ?");
        List<Object> values = new java.util.ArrayList<>(List.of(school.id()));
        Long collegeKey = null;
        String collegeId = filter.collegeId();
        switch (caller.role()) {
            case OPERATOR, SCHOOL_ADMIN -> {
                Scopes.requireManage(caller, school.publicId());
                if (collegeId != null && !collegeId.isBlank()) {
                    collegeKey = schools.collegeByPublicId(collegeId).map(CollegeRef::id).orElse(NONE);
                }
            }
            case COLLEGE_ADMIN -> {
                Scopes.requireRead(caller, school.publicId());
                if (collegeId != null && !collegeId.isBlank() && !collegeId.equals(caller.collegeId())) {
                    throw new JiuyeException(CoreError.OUT_OF_SCOPE);
                }
                collegeKey = schools.collegeByPublicId(caller.collegeId()).map(CollegeRef::id).orElse(NONE);
            }
            default -> throw new JiuyeException(CoreError.FORBIDDEN);
        }
        if (collegeKey != null) {
            where.append(" AND e.collegeId = :college");
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
            long major = schools.majorByPublicId(filter.majorId()).map(Schools.MajorRef::id).orElse(NONE);
            where.append(" AND e.majorId = :major");
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
        return new Keyset("Graduate", where.toString(), params, true).scanning(new Keyset.KeyScan("graduate", index, sql.toString(), values));
    }

    /** Columns of the export: the template's, then the state (R-STAT-1); numbers masked like the list. */
    private static final List<String> EXPORT_HEADER = List.of("学号", "姓名", "性别", "身份证号", "学院", "届别", "学历层次",
            "培养方式", "班级", "手机号码", "电子邮箱", "已注册", "生源核对状态");

    @Override
    public byte[] export(Principal caller, GraduateFilter filter) {
        Map<Long, String> collegeNames = new HashMap<>();
        XlsxExport.Result r = XlsxExport.write("毕业生", EXPORT_HEADER,
                cursor -> tx.inTransaction(em -> {
                    Page<Graduate> page = scoped(caller, filter).page(em, Graduate.class,
                            new PageRequest(PageRequest.MAX_LIMIT, cursor, false), g -> g);
                    collegeNames.putAll(collegeNames(page.items().stream().map(Graduate::getCollegeId)
                            .filter(id -> !collegeNames.containsKey(id)).distinct().toList()));
                    return page;
                }),
                g -> {
                    GraduateDto d = g.toDto(false);
                    return new Object[] {d.studentNumber(), d.name(), d.gender(), d.idNumber(),
                        collegeNames.get(g.getCollegeId()), d.graduationYear() + "届", d.educationLevel().label().zh(),
                        d.trainingMode().label().zh(), d.className(), d.phone(), d.email(),
                        d.registered() ? "是" : "否", d.sourceState().label().zh()};
                });
        audit.success("GRADUATES_EXPORTED", caller, null, filter.schoolId(), r.rows() + " rows");
        return r.workbook();
    }

    private Map<Long, String> collegeNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        schools.collegesByIds(ids).forEach((id, c) -> names.put(id, c.name()));
        return names;
    }

    @Override
    public GraduateDto get(Principal caller, String graduateId, boolean unmasked) {
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.visible(em, caller, graduateId);
            if (GraduateAccess.isOwn(caller, g)) {
                return g.toDto(true);
            }
            if (unmasked) {
                audit.success("GRADUATE_UNMASKED_READ", caller, g.getSchoolId(),
                        g.getPublicId(), g.getStudentNumber());
            }
            return g.toDto(unmasked);
        });
    }
}
