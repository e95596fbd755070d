package io.jiuye.graduates.internal;

import io.jiuye.api.Principal;
import io.jiuye.core.internal.TestPlatform;
import java.nio.file.Path;

/**
 * The graduates module's services on the core's {@link TestPlatform}, wired as DS wires them in the container: the
 * review handlers and the contacts registered with the core, background imports run at once.
 */
final class GraduatesFixture {
    final GraduateServiceImpl graduates;
    final RegistrationServiceImpl registrations;
    final SourceInfoServiceImpl sourceInfo;
    final GraduateFiles graduateFiles;
    final RecommendationFormServiceImpl recommendations;
    final SourceCorrectionServiceImpl corrections;
    final EligibilityServiceImpl eligibility;
    final PhoneVerificationServiceImpl phones;
    private final TestPlatform p;

    /** The platform must have been opened with {@code new TestPlatform(new GraduatesDataModule())}. */
    GraduatesFixture(TestPlatform p) {
        this.p = p;
        Path uploads = p.fileFolder.resolveSibling(p.fileFolder.getFileName() + "-imports");
        graduates = new GraduateServiceImpl(p.tx, p.clock, p.messages, p.audit, p.schools, uploads, Runnable::run);
        registrations = new RegistrationServiceImpl(p.tx, p.accounts, p.schools, p.audit);
        sourceInfo = new SourceInfoServiceImpl(p.tx, p.clock, p.reviewItems, p.schools);
        graduateFiles = new GraduateFiles(p.tx, p.files, p.files);
        recommendations = new RecommendationFormServiceImpl(p.tx, p.clock, p.reviewItems, p.schools,
                p.schoolPlugins, p.registry, graduateFiles);
        corrections = new SourceCorrectionServiceImpl(p.tx, p.clock, p.reviewItems, p.schools, graduateFiles);
        eligibility = new EligibilityServiceImpl(p.tx, p.clock, p.messages, p.audit, p.schools);
        phones = new PhoneVerificationServiceImpl(p.tx, p.clock, p.codes, p.notifier, p.messages, p.audit);
        p.moduleTypes.addHandler(sourceInfo);
        p.moduleTypes.addHandler(recommendations);
        p.moduleTypes.addHandler(corrections);
        p.contacts.addSource(new GraduateContacts(p.tx));
    }

    /** Confirms the student's phone with the code from the outbox (R-ACC-3). */
    void verifyPhone(Principal student, String phone) {
        phones.sendCode(student);
        phones.confirm(student, p.lastCode(phone));
    }
}
