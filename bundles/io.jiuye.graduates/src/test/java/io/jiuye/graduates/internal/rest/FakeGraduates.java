package io.jiuye.graduates.internal.rest;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.Session;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.account.UserService;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.StepTimer;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.plugin.Contribution;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ContributionKind;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginInfo;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.plugin.SchoolSetting;
import io.jiuye.api.plugin.SettingDefinition;
import io.jiuye.api.plugin.TerminationRuleDefinition;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.ReviewService;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.api.tenancy.CohortDto;
import io.jiuye.api.tenancy.CollegeDto;
import io.jiuye.api.tenancy.MajorDto;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.jiuye.rest.internal.RestTestServer;

/** In-memory stand-ins for the graduates module's API services, just enough to drive its resources. */
final class FakeGraduates {
    /** The account a registration creates. */
    static final UserDto STUDENT = new UserDto("u9", "2026001@10611", "张三", Role.STUDENT, "s1", "c1", null, true,
            RestTestServer.CREATED, 0);

    private FakeGraduates() {
    }

    /** Graduates: imports read the whole body and report its size as the row count. */
    static final class Graduates implements io.jiuye.api.graduate.GraduateService {
        @Override
        public io.jiuye.api.graduate.ImportReport importGraduates(Principal caller, String schoolId,
                int graduationYear, Format format, java.io.InputStream content, java.util.Locale locale) {
            try {
                return new io.jiuye.api.graduate.ImportReport(content.readAllBytes().length, 0, 0, List.of());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public io.jiuye.api.graduate.ImportJob startImport(Principal caller, String schoolId, int graduationYear,
                Format format, java.io.InputStream content, java.util.Locale locale) {
            return importJob(caller, "j1");
        }

        @Override
        public io.jiuye.api.graduate.ImportJob importJob(Principal caller, String jobId) {
            return new io.jiuye.api.graduate.ImportJob(jobId, "s1", 2026, "RUNNING",
                    new io.jiuye.api.graduate.ImportReport(1000, 1000, 0, List.of()), null, RestTestServer.CREATED, null);
        }

        @Override
        public byte[] template(Format format) {
            return format.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public io.jiuye.api.Page<io.jiuye.api.graduate.GraduateDto> list(Principal caller,
                io.jiuye.api.graduate.GraduateFilter filter, io.jiuye.api.PageRequest page) {
            return new io.jiuye.api.Page<>(filter.sourceState() == null ? List.of()
                    : List.of(SourceInfos.info(filter.sourceState()).record()), null, null);
        }

        @Override
        public byte[] export(Principal caller, io.jiuye.api.graduate.GraduateFilter filter) {
            return new byte[] {'P', 'K', 3, 4};
        }

        @Override
        public io.jiuye.api.graduate.GraduateDto get(Principal caller, String graduateId, boolean unmasked) {
            if (!unmasked) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            return SourceInfos.info(io.jiuye.api.graduate.SourceState.APPROVED).record();
        }
    }


    /** Registrations: one school to choose, keys number and name; registering "taken" is a conflict. */
    static final class Registrations implements io.jiuye.api.account.RegistrationService {
        @Override
        public io.jiuye.api.Page<io.jiuye.api.tenancy.SchoolDto> schools(String query, io.jiuye.api.PageRequest page) {
            return new io.jiuye.api.Page<>(List.of(new io.jiuye.api.tenancy.SchoolDto("s1", "10611", "示范大学", "重庆",
                    0)), null, null);
        }

        @Override
        public java.util.Set<io.jiuye.api.account.MatchKey> matchKeys(String schoolId) {
            return java.util.Set.of(io.jiuye.api.account.MatchKey.STUDENT_NUMBER);
        }

        @Override
        public java.util.Set<io.jiuye.api.account.MatchKey> setMatchKeys(Principal caller, String schoolId,
                java.util.Set<io.jiuye.api.account.MatchKey> keys) {
            return keys;
        }

        @Override
        public UserDto register(io.jiuye.api.account.Registration r, String remoteAddress) {
            if ("taken".equals(r.studentNumber())) {
                throw new JiuyeException(CoreError.ALREADY_REGISTERED);
            }
            return STUDENT;
        }
    }

    /** Source info: a record at version 3; saving with another version conflicts. */
    static final class SourceInfos implements io.jiuye.api.graduate.SourceInfoService {
        static io.jiuye.api.graduate.SourceInfo info(io.jiuye.api.graduate.SourceState state) {
            return new io.jiuye.api.graduate.SourceInfo(new io.jiuye.api.graduate.GraduateDto("g1", "s1", "c1", null,
                    2026, "2026001", "张三", "男", "110101199507010839", io.jiuye.api.graduate.EducationLevel.BACHELOR,
                    io.jiuye.api.graduate.TrainingMode.NON_TARGETED, null, "15800002340", null, true, state, 3), true,
                    false,
                    "123456", "400044", null, "重庆", state, null, 3);
        }

        @Override
        public io.jiuye.api.graduate.SourceInfo mine(Principal caller) {
            return info(io.jiuye.api.graduate.SourceState.NOT_SUBMITTED);
        }

        @Override
        public io.jiuye.api.graduate.SourceInfo save(Principal caller, io.jiuye.api.graduate.SourceInfoUpdate update,
                long expectedVersion) {
            if (expectedVersion != 3) {
                throw new JiuyeException(CoreError.VERSION_CONFLICT);
            }
            return info(io.jiuye.api.graduate.SourceState.NOT_SUBMITTED);
        }

        @Override
        public io.jiuye.api.graduate.SourceInfo submit(Principal caller, long expectedVersion) {
            return info(io.jiuye.api.graduate.SourceState.IN_REVIEW);
        }

        @Override
        public List<io.jiuye.api.graduate.FieldChange> changes(Principal caller, String graduateId) {
            return List.of(new io.jiuye.api.graduate.FieldChange("qq", null, "123456", "2026001@S1", RestTestServer.CREATED,
                    "STUDENT"));
        }

        @Override
        public io.jiuye.api.graduate.SourceReviewChain reviewChain(String schoolId) {
            return io.jiuye.api.graduate.SourceReviewChain.COLLEGE_THEN_SCHOOL;
        }

        @Override
        public io.jiuye.api.graduate.SourceReviewChain setReviewChain(Principal caller, String schoolId,
                io.jiuye.api.graduate.SourceReviewChain chain) {
            return chain;
        }
    }

    /** Recommendation forms: the PDF is the caller's name as bytes; graduate "g2" has no approved form. */
    static final class Recommendations implements io.jiuye.api.graduate.RecommendationFormService {
        static io.jiuye.api.graduate.RecommendationForm form() {
            return new io.jiuye.api.graduate.RecommendationForm("g1", Map.of("name", "张三"), false,
                    io.jiuye.api.graduate.SourceState.NOT_SUBMITTED, null, 1);
        }

        @Override
        public io.jiuye.api.graduate.RecommendationForm mine(Principal caller) {
            return form();
        }

        @Override
        public io.jiuye.api.graduate.RecommendationForm save(Principal caller, Map<String, String> fields,
                long expectedVersion) {
            return form();
        }

        @Override
        public io.jiuye.api.graduate.RecommendationForm setPhoto(Principal caller, byte[] image, long expectedVersion) {
            if (image.length > 2 * 1024 * 1024) {
                throw JiuyeException.invalid("photo", "PHOTO_TOO_LARGE", 2);
            }
            return new io.jiuye.api.graduate.RecommendationForm("g1", Map.of("name", "张三"), true,
                    io.jiuye.api.graduate.SourceState.NOT_SUBMITTED, null, 2);
        }

        @Override
        public io.jiuye.api.graduate.RecommendationForm submit(Principal caller, long expectedVersion) {
            return form();
        }

        @Override
        public byte[] preview(Principal caller, java.util.Locale locale) {
            return "%PDF-preview".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        @Override
        public byte[] pdf(Principal caller, String graduateId, java.util.Locale locale) {
            if (graduateId.equals("g2")) {
                throw new JiuyeException(CoreError.RECOMMENDATION_FORM_NOT_APPROVED);
            }
            return "%PDF-form".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** Corrections: qq applies at once, anything else is requested. */
    static final class Corrections implements io.jiuye.api.graduate.SourceCorrectionService {
        @Override
        public io.jiuye.api.graduate.CorrectionResult request(Principal caller, Map<String, String> values,
                String reason, long expectedVersion) {
            Map<String, String> applied = new java.util.HashMap<>();
            Map<String, String> requested = new java.util.HashMap<>();
            values.forEach((k, v) -> (k.equals("qq") ? applied : requested).put(k, v));
            return new io.jiuye.api.graduate.CorrectionResult(SourceInfos.info(
                    io.jiuye.api.graduate.SourceState.APPROVED), applied, requested, requested.isEmpty() ? null : "r1");
        }

        @Override
        public int addEvidence(Principal caller, String correctionId, byte[] image) {
            return 1;
        }

        @Override
        public Evidence evidence(Principal caller, String correctionId, int index) {
            if (index > 0) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            return new Evidence("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }

        @Override
        public java.util.Set<String> directFields(String schoolId) {
            return java.util.Set.of("qq");
        }

        @Override
        public java.util.Set<String> setDirectFields(Principal caller, String schoolId, java.util.Set<String> fields) {
            return fields;
        }
    }

    /** Eligibility: g1 fails on its source information; its flags are at version 3. */
    static final class Eligibility implements io.jiuye.api.graduate.EligibilityService {
        @Override
        public io.jiuye.api.graduate.SigningEligibility check(Principal caller, String graduateId) {
            if (!graduateId.equals("g1")) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            return new io.jiuye.api.graduate.SigningEligibility("g1", false, List.of(
                    new io.jiuye.api.graduate.SigningEligibility.Reason("SOURCE_INFO_NOT_APPROVED",
                            LocalizedText.of("生源信息尚未审核通过", "Source information not approved yet"))));
        }

        @Override
        public io.jiuye.api.graduate.SigningEligibility mine(Principal caller) {
            return new io.jiuye.api.graduate.SigningEligibility("g1", true, List.of());
        }

        @Override
        public io.jiuye.api.graduate.SigningFlags flags(Principal caller, String graduateId) {
            return new io.jiuye.api.graduate.SigningFlags(graduateId, false, false, false, 3);
        }

        @Override
        public io.jiuye.api.graduate.SigningFlags setFlags(Principal caller, String graduateId,
                io.jiuye.api.graduate.SigningFlags.Update u, long expectedVersion) {
            if (expectedVersion != 3) {
                throw new JiuyeException(CoreError.VERSION_CONFLICT);
            }
            return new io.jiuye.api.graduate.SigningFlags(graduateId,
                    Boolean.TRUE.equals(u.recommendedForPostgraduate()), Boolean.TRUE.equals(u.planSubmitted()),
                    Boolean.TRUE.equals(u.signingRestricted()), 4);
        }

        @Override
        public boolean onlineSigningOpen(Principal caller, String schoolId) {
            return true;
        }

        @Override
        public boolean setOnlineSigning(Principal caller, String schoolId, boolean open) {
            return open;
        }
    }

    static final class Phones implements io.jiuye.api.account.PhoneVerificationService {
        volatile boolean verified;

        @Override
        public io.jiuye.api.account.PhoneVerification sendCode(Principal caller) {
            return status(caller);
        }

        @Override
        public io.jiuye.api.account.PhoneVerification confirm(Principal caller, String code) {
            if (!code.equals("123456")) {
                throw new JiuyeException(CoreError.CODE_INVALID);
            }
            verified = true;
            return status(caller);
        }

        @Override
        public io.jiuye.api.account.PhoneVerification status(Principal caller) {
            return new io.jiuye.api.account.PhoneVerification("158****2340", verified, verified ? RestTestServer.CREATED : null);
        }
    }
}
