package io.jiuye.rest.internal;

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

/** In-memory stand-ins for the API services, just enough to drive the REST layer. */
final class FakeServices {
    static final String TOKEN = "t-operator";
    static final String EXPIRED_TOKEN = "t-expired";
    /** A token whose check gives the account too, with a display name the user service never answers. */
    static final String TOKEN_WITH_ACCOUNT = "t-with-account";
    static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    static final Principal OPERATOR = new Principal("u1", "admin", Role.OPERATOR, null, null, null);
    static final UserDto ADMIN = new UserDto("u1", "admin", "管理员", Role.OPERATOR, null, null, null, true, CREATED, 1);
    /** Asking for this school makes the fake fail like a bug would. */
    static final String BOOM = "boom";
    static final String SECRET = "jdbc:secret-password";
    /** The version the fake review item is at. */
    static final long ITEM_VERSION = 3;

    static final LocalizedText LABEL = LocalizedText.of("毕业去向登记", "Destination registration");
    static final ItemTypeDefinition ITEM_TYPE = new ItemTypeDefinition(ContributionId.of("national", "registration", 1),
            LABEL, List.of(), FlowDefinition.of(StepDefinition.review("college", LocalizedText.of("学院审核", "College"),
                    ActorKind.COLLEGE_ADMIN).withTimer(StepTimer.notBefore(Duration.ofHours(24)))));
    static final TerminationRuleDefinition TERMINATION = TerminationRuleDefinition.builder(
            ContributionId.of("national", "termination", 1), LocalizedText.of("解约", "Termination"))
            .certificateTemplates(ContributionId.of("national", "certificate", 1)).build();
    static final SettingDefinition SETTING = SettingDefinition.integer("validity-days",
            LocalizedText.of("有效期", "Validity"), 5, 1, 30);
    static final PluginDescriptor NATIONAL = new PluginDescriptor("national", "0.1.0",
            LocalizedText.of("全国基线", "National baseline"), true, List.of(ITEM_TYPE, TERMINATION), List.of(SETTING),
            Map.of());

    static ApiServices create() {
        return new ApiServices(new Tenancy(), new Users(), new Auth(), new Review(), new Plugins(), new Registry(),
                new Catalog(), new Passwords(), new Outbox());
    }

    static final class Passwords implements io.jiuye.api.account.PasswordService {
        final List<String> calls = new ArrayList<>();

        @Override
        public void change(Principal caller, String currentToken, char[] currentPassword, char[] newPassword) {
            if (!new String(currentPassword).equals("secret")) {
                throw JiuyeException.invalid("currentPassword", "PASSWORD_INCORRECT");
            }
            calls.add("change " + currentToken);
        }

        @Override
        public void requestReset(String username, String remoteAddress) {
            calls.add("request " + username);
        }

        @Override
        public void confirmReset(String username, String code, char[] newPassword, String remoteAddress) {
            if (!code.equals("654321")) {
                throw new JiuyeException(CoreError.CODE_INVALID);
            }
            calls.add("confirm " + username);
        }

        @Override
        public CreatedUser adminReset(Principal caller, String userId) {
            if (!userId.equals(ADMIN.id())) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            return new CreatedUser(ADMIN, "Gen3ratedPass");
        }
    }

    static final class Outbox implements io.jiuye.api.notify.OutboxService {
        @Override
        public List<io.jiuye.api.notify.OutboxMessage> list(Principal caller, String recipient, int limit) {
            return List.of(new io.jiuye.api.notify.OutboxMessage(7, io.jiuye.api.notify.Channel.SMS,
                    recipient == null ? "15800002340" : recipient, null, "验证码 123456", "PHONE_VERIFICATION",
                    CREATED));
        }
    }

    static final class Auth implements AuthService {
        final List<String> loggedOut = new ArrayList<>();
        volatile String lastRemoteAddress;

        @Override
        public Session login(String username, char[] password, String remoteAddress) {
            lastRemoteAddress = remoteAddress;
            if (username.equals("admin") && new String(password).equals("secret")) {
                return new Session(TOKEN, CREATED.plus(Duration.ofHours(8)), ADMIN);
            }
            throw new JiuyeException(CoreError.INVALID_CREDENTIALS);
        }

        @Override
        public Principal authenticate(String token) {
            if (token.equals(TOKEN)) {
                return OPERATOR;
            }
            throw new JiuyeException(token.equals(EXPIRED_TOKEN) ? CoreError.TOKEN_EXPIRED : CoreError.UNAUTHENTICATED);
        }

        @Override
        public io.jiuye.api.account.Authentication authenticateWithAccount(String token) {
            if (token.equals(TOKEN_WITH_ACCOUNT)) {
                return new io.jiuye.api.account.Authentication(OPERATOR, new UserDto(ADMIN.id(), ADMIN.username(),
                        "随令牌读出", ADMIN.role(), null, null, null, true, CREATED, 1));
            }
            return AuthService.super.authenticateWithAccount(token);
        }

        @Override
        public void logout(String token) {
            loggedOut.add(token);
        }
    }

    static final class Users implements UserService {
        @Override
        public CreatedUser create(Principal caller, NewUser user) {
            return new CreatedUser(new UserDto("u9", user.username(), user.displayName(), user.role(), user.schoolId(),
                    user.collegeId(), user.employerId(), true, CREATED, 1),
                    user.password() == null ? "Gen3rated!" : null);
        }

        @Override
        public UserDto get(Principal caller, String userId) {
            if (userId.equals(ADMIN.id())) {
                return ADMIN;
            }
            throw new JiuyeException(CoreError.NOT_FOUND);
        }

        @Override
        public Page<UserDto> list(Principal caller, String schoolId, Role role, String query, PageRequest page) {
            return new Page<>(List.of(ADMIN), null, page.count() ? 1L : null);
        }

        @Override
        public UserDto disable(Principal caller, String userId, long expectedVersion) {
            if (expectedVersion != ADMIN.version()) {
                throw new JiuyeException(CoreError.VERSION_CONFLICT);
            }
            return ADMIN;
        }

        @Override
        public CreatedUser bootstrapOperator(String username) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Tenancy implements TenancyService {
        static final List<SchoolDto> SCHOOLS = List.of(new SchoolDto("s1", "10001", "北京大学", "北京", 1),
                new SchoolDto("s2", "10002", "中国人民大学", "北京", 1), new SchoolDto("s3", "10003", "清华大学", "北京", 1));

        @Override
        public SchoolDto createSchool(Principal caller, String code, String name, String province) {
            if (code == null || name == null) {
                throw JiuyeException.invalid(code == null ? "code" : "name", "REQUIRED");
            }
            return new SchoolDto("s9", code, name, province, 1);
        }

        @Override
        public SchoolDto school(Principal caller, String schoolId) {
            if (schoolId.equals(BOOM)) {
                throw new IllegalStateException("connection refused: " + SECRET);
            }
            return SCHOOLS.stream().filter(s -> s.id().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
        }

        @Override
        public Page<SchoolDto> schools(Principal caller, String query, PageRequest page) {
            int from = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
            int to = Math.min(SCHOOLS.size(), from + page.limit());
            return new Page<>(SCHOOLS.subList(from, to), to < SCHOOLS.size() ? Integer.toString(to) : null,
                    page.count() ? (long) SCHOOLS.size() : null);
        }

        @Override
        public CollegeDto createCollege(Principal caller, String schoolId, String code, String name) {
            return new CollegeDto("c1", schoolId, code, name, 1);
        }

        @Override
        public Page<CollegeDto> colleges(Principal caller, String schoolId, PageRequest page) {
            school(caller, schoolId);
            return new Page<>(List.of(new CollegeDto("c1", schoolId, "01", "计算机学院", 1)), null, null);
        }

        @Override
        public MajorDto createMajor(Principal caller, String collegeId, String code, String name) {
            return new MajorDto("m1", "s1", collegeId, code, name, 1);
        }

        @Override
        public Page<MajorDto> majors(Principal caller, String collegeId, PageRequest page) {
            return new Page<>(List.of(), null, null);
        }

        @Override
        public CohortDto createCohort(Principal caller, String schoolId, int graduationYear, String name,
                boolean current) {
            return new CohortDto("h1", schoolId, graduationYear, name, current, 1);
        }

        @Override
        public Page<CohortDto> cohorts(Principal caller, String schoolId, PageRequest page) {
            return new Page<>(List.of(), null, null);
        }
    }

    static final class Review implements ReviewService {
        static ReviewItemDto item(long version) {
            return new ReviewItemDto("r1", ITEM_TYPE.id().toString(), true, ItemState.IN_REVIEW, "college", "u2", "s1",
                    "c1", null, null, Map.of("city", "武汉"), ITEM_TYPE.flow(), Set.of(ReviewAction.APPROVE), CREATED,
                    CREATED, null, version, Set.of(), null);
        }

        @Override
        public ReviewItemDto submit(Principal caller, SubmitRequest request) {
            return item(1);
        }

        @Override
        public ReviewItemDto act(Principal caller, String itemId, io.jiuye.api.review.ActionRequest request) {
            if (request.expectedVersion() != ITEM_VERSION) {
                throw new JiuyeException(CoreError.VERSION_CONFLICT);
            }
            return item(request.expectedVersion() + 1);
        }

        @Override
        public Map<String, String> prefill(Principal caller, String itemId) {
            return Map.of();
        }

        @Override
        public ReviewItemDto get(Principal caller, String itemId) {
            return item(ITEM_VERSION);
        }

        @Override
        public List<TrailEntryDto> trail(Principal caller, String itemId) {
            return List.of(new TrailEntryDto("u2", "张三", Role.STUDENT, CREATED, ReviewAction.SUBMIT, null,
                    ItemState.IN_REVIEW, null, Map.of()));
        }

        @Override
        public Page<ReviewItemDto> waitingFor(Principal caller, PageRequest page) {
            return new Page<>(List.of(item(ITEM_VERSION)), null, null);
        }

        @Override
        public Page<ReviewItemDto> submittedBy(Principal caller, PageRequest page) {
            return new Page<>(List.of(), null, null);
        }

        @Override
        public int runDueTimers() {
            return 0;
        }
    }

    static final class Plugins implements SchoolPlugins {
        static PluginStatus status(boolean enabled) {
            return new PluginStatus(new PluginInfo(NATIONAL.id(), NATIONAL.version(), NATIONAL.name(), true, true,
                    NATIONAL.contributions(), NATIONAL.settings()), enabled, true);
        }

        @Override
        public List<PluginStatus> plugins(Principal caller, String schoolId) {
            return List.of(status(true));
        }

        @Override
        public PluginStatus setEnabled(Principal caller, String schoolId, String pluginId, boolean enabled) {
            return status(enabled);
        }

        @Override
        public boolean isActive(String schoolId, String pluginId) {
            return true;
        }

        @Override
        public <T extends Contribution> List<T> contributions(String schoolId, Class<T> type) {
            return NATIONAL.contributions().stream().filter(type::isInstance).map(type::cast).toList();
        }

        @Override
        public void select(Principal caller, String schoolId, ContributionKind kind, ContributionId choice) {
        }

        @Override
        public List<SchoolSetting> settings(Principal caller, String schoolId, String pluginId) {
            return List.of(new SchoolSetting(SETTING, "5", false));
        }

        @Override
        public List<SchoolSetting> updateSettings(Principal caller, String schoolId, String pluginId,
                Map<String, String> values) {
            return List.of(new SchoolSetting(SETTING, values.get(SETTING.key()), true));
        }
    }

    static final class Registry implements PluginRegistry {
        @Override
        public List<PluginDescriptor> installed() {
            return List.of(NATIONAL);
        }

        @Override
        public java.util.Optional<PluginDescriptor> plugin(String pluginId) {
            return installed().stream().filter(p -> p.id().equals(pluginId)).findFirst();
        }

        @Override
        public java.util.Optional<Contribution> contribution(ContributionId id) {
            return NATIONAL.contributions().stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    static final class Catalog implements MessageCatalog {
        static final Map<String, LocalizedText> TEXTS = Map.of(
                "error.VERSION_CONFLICT", LocalizedText.of("数据已被他人修改，请刷新后重试",
                        "The record was changed by someone else; reload and try again"),
                "error.UNAUTHENTICATED", LocalizedText.of("请先登录", "Please log in"),
                "error.TOKEN_EXPIRED", LocalizedText.of("登录已过期", "Your session expired"),
                "error.NOT_FOUND", LocalizedText.of("未找到", "Not found"),
                "error.BAD_REQUEST", LocalizedText.of("请求格式错误", "Malformed request"),
                "error.VALIDATION_FAILED", LocalizedText.of("输入有误", "Invalid input"),
                "field.LIMIT_RANGE", LocalizedText.of("须在 {0} 到 {1} 之间", "Must be between {0} and {1}"));

        @Override
        public String message(String code, Locale locale, Object... args) {
            LocalizedText t = TEXTS.get(code);
            return t == null ? code : MessageFormat.format(t.in(locale), args);
        }

        @Override
        public boolean has(String code) {
            return TEXTS.containsKey(code);
        }
    }
}
