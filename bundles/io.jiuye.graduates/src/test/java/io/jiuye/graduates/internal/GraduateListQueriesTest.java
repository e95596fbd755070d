package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.account.Registration;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateDto;
import io.jiuye.api.graduate.GraduateFilter;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.persistence.SqlStatements;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The graduate list reads a page in a fixed number of statements (no query per row for its college, major, account
 * or source item), and pages by cursor without gaps or repeats.
 */
class GraduateListQueriesTest {
    private static final int GRADUATES = 60;
    private static final int REGISTERED = 6;
    private static final char[] PASSWORD = "Zhang3san".toCharArray();
    private static final SourceInfoUpdate COMPLETE = new SourceInfoUpdate(EducationLevel.BACHELOR, true, false,
            "123456789", "400044", "zhang@example.com", "13800138000", "023-65102278", "重庆市沙坪坝区沙正街174号");

    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private SqlStatements sql;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        s = p.school("S1");
        p.tenancy.createMajor(TestPlatform.operator(), s.collegeA.id(), "080901", "计算机科学与技术");
        p.tenancy.createMajor(TestPlatform.operator(), s.collegeB.id(), "120201", "工商管理");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        StringBuilder csv = new StringBuilder(GraduateImportTest.HEADER);
        for (int i = 1; i <= GRADUATES; i++) {
            boolean a = i % 2 == 0;
            csv.append('\n').append(2026000 + i).append(",学生").append(i).append(",男,")
                    .append(GraduateImportTest.id(i)).append(a ? ",A,080901" : ",B,120201").append(",本科,非定向,,,");
        }
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        // some graduates have an account and a source-information item in review: relations that were read row
        // by row before
        for (int i = 1; i <= REGISTERED; i++) {
            String number = String.valueOf(2026000 + i);
            m.registrations.register(new Registration(s.school.id(), 2026, number, "学生" + i, null, null, PASSWORD),
                    null);
            Principal student = p.auth.authenticate(p.auth.login(number + "@S1", PASSWORD, null).token());
            var mine = m.sourceInfo.save(student, COMPLETE, m.sourceInfo.mine(student).version());
            m.sourceInfo.submit(student, mine.version());
        }
        sql = SqlStatements.attach(p.tx);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private Page<GraduateDto> page(GraduateFilter filter, int limit, String cursor) {
        return m.graduates.list(s.schoolAdmin, filter, new PageRequest(limit, cursor, false));
    }

    private GraduateFilter wholeSchool() {
        return new GraduateFilter(s.school.id(), 2026, null, null, null, null);
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        SqlStatements.Measured<Page<GraduateDto>> small = sql.measure(() -> page(wholeSchool(), 5, null));
        SqlStatements.Measured<Page<GraduateDto>> large = sql.measure(() -> page(wholeSchool(), 60, null));
        assertEquals(GRADUATES, large.result().items().size());
        assertEquals(REGISTERED, large.result().items().stream().filter(GraduateDto::registered).count());
        // school, page keys, rows, then one batch each for colleges, majors, accounts, source items and what they
        // point to (submitters, counterparties, graduates, flow snapshots)
        assertTrue(large.statements() <= 12, "statements for 60 rows: " + sql.lastStatements());
        assertEquals(small.statements(), large.statements(), "a longer page needs no more statements");
    }

    @Test
    void filtersByCollegeAndStateCompareKeysAndPageByCursor() {
        GraduateFilter collegeB = new GraduateFilter(s.school.id(), 2026, s.collegeB.id(), null, null, null);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<GraduateDto> pg = page(collegeB, 7, cursor);
            pg.items().forEach(g -> {
                assertEquals(s.collegeB.id(), g.collegeId());
                seen.add(g.id());
            });
            cursor = pg.nextCursor();
        } while (cursor != null);
        assertEquals(GRADUATES / 2, seen.size());
        assertEquals(GRADUATES / 2, new HashSet<>(seen).size(), "no row twice");

        GraduateFilter inReview = new GraduateFilter(s.school.id(), 2026, null, null, null, SourceState.IN_REVIEW);
        Set<String> submitted = new HashSet<>();
        page(inReview, 50, null).items().forEach(g -> submitted.add(g.studentNumber()));
        assertEquals(REGISTERED, submitted.size());

        GraduateFilter unknownCollege = new GraduateFilter(s.school.id(), 2026, "col_UNKNOWN", null, null, null);
        Page<GraduateDto> none = page(unknownCollege, 10, null);
        assertTrue(none.items().isEmpty(), "an unknown college matches nothing, as before");
        assertNull(none.nextCursor());
    }

    @Test
    void theCollegeAdminsListIsTheirCollegeOnly() {
        Page<GraduateDto> own = m.graduates.list(s.adminA, new GraduateFilter(s.school.id(), null, null, null, null,
                null), new PageRequest(100, null, true));
        assertEquals(GRADUATES / 2, own.items().size());
        assertEquals(GRADUATES / 2, own.total());
        assertTrue(own.items().stream().allMatch(g -> g.collegeId().equals(s.collegeA.id())));
    }
}
