package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateFilter;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.ImportJob;
import io.jiuye.api.graduate.ImportReport;
import io.jiuye.api.graduate.ImportReport.RowProblem;
import io.jiuye.api.graduate.TrainingMode;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Graduate import (R-ACC-1): template, xlsx and csv, per-row problems, re-import without duplicates, scope. */
class GraduateImportTest {
    static final String HEADER = "学号*,姓名*,性别,身份证号*,学院代码*,专业代码,学历层次*,培养方式*,班级,手机号码,电子邮箱";

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        p.tenancy.createMajor(TestPlatform.operator(), s.collegeA.id(), "080901", "计算机科学与技术");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    static String id(int n) {
        String first17 = String.format("11010119950701%03d", n % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    private ImportReport importCsv(String body, Locale locale) {
        return m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(("\uFEFF" + HEADER + "\n" + body).getBytes(StandardCharsets.UTF_8)), locale);
    }

    @Test
    void validRowsAreImportedAndInvalidOnesReportedByRowAndColumn() {
        String body = String.join("\n",
                "2026001,张三,男," + id(1) + ",A,080901,本科,非定向,计科1,15800002340,zs@example.com",
                "2026002,李四,女," + id(2) + ",A,,硕士研究生,定向委培,,,",
                "2026003,,男,110101199507010831,Z,080901,学士,随便,,123,bad-mail",
                "2026001,张三重,男," + id(4) + ",A,,本科,非定向,,,",
                "2026005,王五,男," + id(2) + ",B,999,本科,非定向,,,");
        ImportReport r = importCsv(body, Locale.SIMPLIFIED_CHINESE);
        assertEquals(5, r.rows());
        assertEquals(2, r.created());
        assertEquals(0, r.updated());
        assertEquals(3, r.refusedRows());
        Map<Integer, List<String>> byRow = r.problems().stream().collect(Collectors.groupingBy(RowProblem::row,
                Collectors.mapping(x -> x.column() + ":" + x.code(), Collectors.toList())));
        assertEquals(List.of("姓名:REQUIRED", "身份证号:ID_NUMBER_INVALID", "学历层次:OPTION_UNKNOWN",
                "培养方式:OPTION_UNKNOWN", "手机号码:PHONE_INVALID", "电子邮箱:EMAIL_INVALID",
                "学院代码:COLLEGE_UNKNOWN"), byRow.get(4));
        assertEquals(List.of("学号:DUPLICATE_IN_FILE"), byRow.get(5));
        assertEquals(List.of("专业代码:MAJOR_UNKNOWN", "身份证号:DUPLICATE_IN_FILE"), byRow.get(6));
        assertTrue(r.problems().stream().anyMatch(x -> x.message().equals("学院代码 Z 不存在")));

        List<GraduateDto> list = m.graduates.list(s.schoolAdmin, s.school.id(), 2026, null, null,
                PageRequest.firstPage()).items();
        String major = list.get(0).majorId();
        assertEquals(List.of("张三"), m.graduates.list(s.schoolAdmin, new GraduateFilter(s.school.id(), null, null,
                major, null, null), PageRequest.firstPage()).items().stream().map(GraduateDto::name).toList());
        assertEquals(List.of("张三", "李四"), list.stream().map(GraduateDto::name).toList());
        GraduateDto zhang = list.get(0);
        assertEquals("110101********" + id(1).substring(14), zhang.idNumber());
        assertEquals("158****2340", zhang.phone());
        assertEquals(EducationLevel.BACHELOR, zhang.educationLevel());
        assertEquals(TrainingMode.TARGETED, list.get(1).trainingMode());
    }

    @Test
    void problemsComeInEnglishWhenAsked() {
        ImportReport r = importCsv("2026003,赵六,男," + id(3) + ",Z,,本科,非定向,,,", Locale.ENGLISH);
        assertEquals("There is no college with code Z", r.problems().get(0).message());
    }

    @Test
    void reimportingTheSameFileUpdatesAndDuplicatesNobody() {
        String body = "2026001,张三,男," + id(1) + ",A,080901,本科,非定向,计科1,15800002340,\n"
                + "2026002,李四,女," + id(2) + ",A,,本科,非定向,,,";
        assertEquals(2, importCsv(body, Locale.CHINA).created());
        ImportReport again = importCsv(body.replace("计科1", "计科2"), Locale.CHINA);
        assertEquals(0, again.created());
        assertEquals(2, again.updated());
        assertEquals(2, m.graduates.list(s.schoolAdmin, s.school.id(), null, null, null,
                new PageRequest(50, null, true)).total());
        ImportReport taken = importCsv("2026009,张三,男," + id(1) + ",A,,本科,非定向,,,", Locale.CHINA);
        assertEquals("ID_NUMBER_TAKEN", taken.problems().get(0).code());
        assertEquals(0, taken.created());
    }

    @Test
    void xlsxFilesImportLikeCsvAndTheTemplateReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("毕业生");
        String[] header = HEADER.split(",");
        for (int i = 0; i < header.length; i++) {
            ws.value(0, i, header[i]);
        }
        for (int r = 1; r <= 30; r++) {
            ws.value(r, 0, 2026000L + r); // numeric student numbers, as Excel keeps them
            ws.value(r, 1, "学生" + r);
            ws.value(r, 3, id(r));
            ws.value(r, 4, r % 2 == 0 ? "A" : "B");
            ws.value(r, 6, "本科");
            ws.value(r, 7, "非定向");
        }
        wb.finish();
        ImportReport r = m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.XLSX,
                new ByteArrayInputStream(out.toByteArray()), Locale.CHINA);
        assertEquals(30, r.created(), r.problems().toString());
        assertEquals("2026001", m.graduates.list(s.schoolAdmin, s.school.id(), 2026, null, "学生1", 
                PageRequest.firstPage()).items().get(0).studentNumber());
        assertEquals(15, m.graduates.list(s.adminA, s.school.id(), 2026, null, null, PageRequest.firstPage())
                .items().size());

        for (Format f : Format.values()) {
            ImportReport fromTemplate = m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, f,
                    new ByteArrayInputStream(m.graduates.template(f)), Locale.CHINA);
            assertEquals(1, fromTemplate.rows(), f.name());
            assertEquals("COLLEGE_UNKNOWN", fromTemplate.problems().get(0).code(), "the example uses code CS");
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrUnreadableIsRefusedWhole() {
        JiuyeException e = assertThrows(JiuyeException.class, () -> m.graduates.importGraduates(s.schoolAdmin,
                s.school.id(), 2026, Format.CSV, new ByteArrayInputStream("学号,姓名\n1,张三\n".getBytes(
                        StandardCharsets.UTF_8)), Locale.CHINA));
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
        assertEquals(List.of("身份证号", "学院代码", "学历层次", "培养方式"),
                e.fieldErrors().stream().map(f -> (String) f.args().get(0)).toList());
        e = assertThrows(JiuyeException.class, () -> m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026,
                Format.XLSX, new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), Locale.CHINA));
        assertEquals("FILE_UNREADABLE", e.fieldErrors().get(0).code());
        e = assertThrows(JiuyeException.class, () -> importCsvYear(2030));
        assertEquals("COHORT_UNKNOWN", e.fieldErrors().get(0).code());
    }

    private ImportReport importCsvYear(int year) {
        return m.graduates.importGraduates(s.schoolAdmin, s.school.id(), year, Format.CSV,
                new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
    }

    @Test
    void onlyTheSchoolsAdminsImportAndNobodyElseBrowses() {
        importCsv("2026001,张三,男," + id(1) + ",A,,本科,非定向,,15800002340,", Locale.CHINA);
        TestPlatform.School other = p.school("S2");
        assertEquals(CoreError.OUT_OF_SCOPE, assertThrows(JiuyeException.class, () -> m.graduates.importGraduates(
                other.schoolAdmin, s.school.id(), 2026, Format.CSV, new ByteArrayInputStream(new byte[0]),
                Locale.CHINA)).error());
        assertEquals(CoreError.FORBIDDEN, assertThrows(JiuyeException.class, () -> m.graduates.importGraduates(
                s.adminA, s.school.id(), 2026, Format.CSV, new ByteArrayInputStream(new byte[0]), Locale.CHINA))
                .error());
        assertEquals(CoreError.FORBIDDEN, assertThrows(JiuyeException.class, () -> m.graduates.list(s.student,
                s.school.id(), null, null, null, PageRequest.firstPage())).error());
        assertEquals(CoreError.OUT_OF_SCOPE, assertThrows(JiuyeException.class, () -> m.graduates.list(s.adminA,
                s.school.id(), null, s.collegeB.id(), null, PageRequest.firstPage())).error());
        assertTrue(m.graduates.list(s.adminB, s.school.id(), null, null, null, PageRequest.firstPage()).items()
                .isEmpty());
        GraduateDto g = m.graduates.list(s.schoolAdmin, s.school.id(), null, null, null, PageRequest.firstPage())
                .items().get(0);
        assertEquals(CoreError.NOT_FOUND, assertThrows(JiuyeException.class, () -> m.graduates.get(s.student,
                g.id())).error());
        assertEquals(CoreError.NOT_FOUND, assertThrows(JiuyeException.class, () -> m.graduates.get(other.schoolAdmin,
                g.id())).error());
        assertNotEquals(g.idNumber(), id(1));
        assertFalse(g.registered());
    }

    @Test
    void adminListsFilterByStateExportToXlsxAndUnmaskOnlyWithAnAuditedRead() throws IOException {
        importCsv("2026001,张三,男," + id(1) + ",A,,本科,非定向,,15800002340,\n"
                + "2026002,李四,女," + id(2) + ",B,,本科,非定向,,,", Locale.CHINA);
        assertEquals(2, m.graduates.list(s.schoolAdmin, new GraduateFilter(s.school.id(), 2026, null, null, null,
                SourceState.NOT_SUBMITTED), PageRequest.firstPage()).items().size());
        assertTrue(m.graduates.list(s.schoolAdmin, new GraduateFilter(s.school.id(), null, null, null, null,
                SourceState.APPROVED), PageRequest.firstPage()).items().isEmpty());

        byte[] xlsx = m.graduates.export(s.adminA, new GraduateFilter(s.school.id(), 2026, null, null, null, null));
        List<List<String>> rows = new java.util.ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(xlsx)); var stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<String> cells = new java.util.ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCellText(i));
                }
                rows.add(cells);
            });
        }
        assertEquals(2, rows.size(), "header and college A's one graduate");
        assertEquals("学号", rows.get(0).get(0));
        assertEquals("张三", rows.get(1).get(1));
        assertEquals("158****2340", rows.get(1).get(9), "masked like the list");
        assertEquals("未提交", rows.get(1).get(12));

        GraduateDto zhang = m.graduates.list(s.schoolAdmin, s.school.id(), null, null, "张三", PageRequest.firstPage())
                .items().get(0);
        assertEquals("158****2340", m.graduates.get(s.adminA, zhang.id()).phone());
        assertEquals("15800002340", m.graduates.get(s.adminA, zhang.id(), true).phone());
        Long reads = p.tx.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM SecurityEvent e"
                + " WHERE e.event = 'GRADUATE_UNMASKED_READ'", Long.class).getSingleResult());
        assertEquals(1L, reads);
        assertEquals(CoreError.NOT_FOUND, assertThrows(JiuyeException.class, () -> m.graduates.get(s.adminB,
                zhang.id(), true)).error());
    }

    @Test
    void largeFilesImportAsATrackedJob() {
        StringBuilder csv = new StringBuilder("\uFEFF" + HEADER + "\n");
        for (int i = 1; i <= 2500; i++) {
            String first17 = String.format("%06d19950701%03d", 110101 + i / 1000, i % 1000);
            csv.append(String.format("S%05d,学生%d,男,%s,A,,本科,非定向,,,%n", i, i,
                    first17 + IdNumbers.checkCharacter(first17)));
        }
        csv.append("BAD,,男,123,A,,本科,非定向,,,\n");
        ImportJob job = m.graduates.startImport(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        job = m.graduates.importJob(s.schoolAdmin, job.id());
        assertEquals("DONE", job.state(), String.valueOf(job.error()));
        assertEquals(2501, job.report().rows());
        assertEquals(2500, job.report().created());
        assertEquals(1, job.report().refusedRows());
        assertEquals(2502, job.report().problems().get(0).row());
        assertTrue(job.finishedAt() != null);
        String jobId = job.id();
        assertEquals(CoreError.FORBIDDEN, assertThrows(JiuyeException.class, () -> m.graduates.importJob(s.adminA,
                jobId)).error());

        ImportJob failed = m.graduates.startImport(s.schoolAdmin, s.school.id(), 2026, Format.XLSX,
                new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        failed = m.graduates.importJob(s.schoolAdmin, failed.id());
        assertEquals("FAILED", failed.state());
        assertEquals("FILE_UNREADABLE", failed.error());
    }
}
