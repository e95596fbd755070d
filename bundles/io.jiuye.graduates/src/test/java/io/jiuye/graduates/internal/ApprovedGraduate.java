package io.jiuye.graduates.internal;

import io.jiuye.api.Principal;
import io.jiuye.api.account.Registration;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.graduate.EducationLevel;
import io.jiuye.api.graduate.GraduateService.Format;
import io.jiuye.api.graduate.SourceInfo;
import io.jiuye.api.graduate.SourceInfoUpdate;
import io.jiuye.core.internal.TestPlatform;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The graduate the correction and file tests start from: 张三 (2026001) of college A in school S1, imported with a
 * phone, registered and logged in; {@link #approveSourceInfo} takes the source information through both reviews.
 */
final class ApprovedGraduate {
    final TestPlatform p;
    final GraduatesFixture m;
    final TestPlatform.School s;
    final Principal zhang;

    ApprovedGraduate(TestPlatform p, GraduatesFixture m) {
        this.p = p;
        this.m = m;
        this.s = p.school("S1");
        p.tenancy.createCohort(TestPlatform.operator(), s.school.id(), 2026, null, true);
        String csv = GraduateImportTest.HEADER + "\n2026001,张三,男," + GraduateImportTest.id(1)
                + ",A,,本科,非定向,,15800002340,\n";
        m.graduates.importGraduates(s.schoolAdmin, s.school.id(), 2026, Format.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), Locale.CHINA);
        m.registrations.register(new Registration(s.school.id(), 2026, "2026001", "张三", null, null,
                "Zhang3san".toCharArray()), null);
        zhang = p.auth.authenticate(p.auth.login("2026001@S1", "Zhang3san".toCharArray(), null).token());
    }

    /** Completes, submits and approves (college, then school) the graduate's source information. */
    void approveSourceInfo() {
        SourceInfo info = m.sourceInfo.save(zhang, new SourceInfoUpdate(EducationLevel.BACHELOR, true, true,
                "10001", "400044", "z@example.com", "15800002340", "023-65102278", "重庆市沙坪坝区"),
                m.sourceInfo.mine(zhang).version());
        String item = m.sourceInfo.submit(zhang, info.version()).reviewItemId();
        p.reviews.act(s.adminA, item, ReviewAction.APPROVE, p.reviews.get(s.adminA, item).version(), null);
        p.reviews.act(s.schoolAdmin, item, ReviewAction.APPROVE, p.reviews.get(s.schoolAdmin, item).version(), null);
    }
}
