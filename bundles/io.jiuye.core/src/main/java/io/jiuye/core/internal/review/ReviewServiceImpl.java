package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.ItemTypeDefinition;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.ReviewService;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.api.review.TrailEntryDto;
import io.jiuye.core.internal.account.UserAccount;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.internal.event.DomainEvents;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.internal.persistence.Transactions;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.timer.DueWorkQueue;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The review service: resolves an item's type to its live contribution, checks who may see and act, and lets the
 * {@link ReviewEngine} move the item, all in one transaction per call. Items whose plugin is absent or disabled stay
 * readable but cannot be acted on.
 */
@Component(service = ReviewService.class)
public class ReviewServiceImpl implements ReviewService {
    private static final int TIMER_BATCH = 100;

    private final Transactions tx;
    /** Relations a list page reads in one query each instead of one per row. */
    private static final List<String> LIST_FETCH = List.of("e.school", "e.college", "e.submitter", "e.counterparty");

    private final PluginRegistry registry;
    private final SchoolPlugins schoolPlugins;
    private final DueWorkQueue timers;
    private final SecurityAuditLog audit;
    private final ReviewEngine engine;
    private final ModuleItemTypes moduleTypes;

    @Activate
    public ReviewServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PluginRegistry registry,
            @Reference SchoolPlugins schoolPlugins, @Reference DueWorkQueue timers, @Reference DomainEvents events,
            @Reference SecurityAuditLog audit, @Reference ModuleItemTypes moduleTypes) {
        this.tx = tx;
        this.moduleTypes = moduleTypes;
        this.registry = registry;
        this.schoolPlugins = schoolPlugins;
        this.timers = timers;
        this.audit = audit;
        this.engine = new ReviewEngine(clock, timers, events::publish);
    }

    @Override
    public ReviewItemDto submit(Principal caller, SubmitRequest request) {
        ContributionId type = parseType(request.type());
        if (ModuleItemTypes.isModuleType(type)) {
            throw JiuyeException.invalid("type", "TYPE_CORE");
        }
        return tx.inTransaction(em -> {
            UserAccount submitter = account(em, caller);
            UserAccount counterparty = counterparty(em, submitter, request.counterpartyId());
            String employerRef = employerRef(caller, request.employerId());
            UserAccount owner = submitter.getSchool() != null ? submitter : counterparty;
            if (owner == null || owner.getSchool() == null) {
                throw new JiuyeException(CoreError.FORBIDDEN);
            }
            ItemTypeDefinition def = liveType(type, owner.getSchool().getPublicId());
            Map<String, String> attributes = checkedAttributes(def, request.attributes());
            ReviewItem item = engine.submit(em, submitter, type.toString(), def.flow(), attributes, counterparty,
                    employerRef);
            return dto(item, caller);
        });
    }

    /**
     * The other party named on a new item: someone the submitter may name. A school member may name a member of
     * the same school; an employer may name any student (the invitation mode finds them by exact keys first).
     */
    private static UserAccount counterparty(EntityManager em, UserAccount submitter, String counterpartyId) {
        if (counterpartyId == null || counterpartyId.isBlank()) {
            return null;
        }
        UserAccount c = em.createQuery("SELECT a FROM UserAccount a WHERE a.publicId = :id", UserAccount.class)
                .setParameter("id", counterpartyId).getResultList().stream().findFirst()
                .orElseThrow(() -> JiuyeException.invalid("counterpartyId", "INVALID"));
        boolean sameSchool = submitter.getSchool() != null && c.getSchool() != null
                && submitter.getSchool().getId().equals(c.getSchool().getId());
        boolean employerToStudent = submitter.getRole() == Role.EMPLOYER && c.getRole() == Role.STUDENT;
        if (!sameSchool && !employerToStudent) {
            throw JiuyeException.invalid("counterpartyId", "INVALID");
        }
        return c;
    }

    /** An employer acts for its own employer only; others may not name one until employers are registered. */
    private static String employerRef(Principal caller, String employerId) {
        if (caller.is(Role.EMPLOYER)) {
            if (employerId != null && !employerId.equals(caller.employerId())) {
                throw JiuyeException.invalid("employerId", "INVALID");
            }
            return caller.employerId();
        }
        if (employerId != null && !employerId.isBlank()) {
            throw JiuyeException.invalid("employerId", "INVALID");
        }
        return null;
    }

    @Override
    public ReviewItemDto act(Principal caller, String itemId, ReviewAction action, long expectedVersion,
            String remark) {
        if (action == ReviewAction.EXPIRE) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        return tx.inTransaction(em -> {
            ReviewItem item = visibleItem(em, caller, itemId);
            ContributionId type = ContributionId.parse(item.getItemType());
            FlowDefinition liveFlow = ModuleItemTypes.isModuleType(type)
                    ? moduleTypes.flow(type, item.getSchool().getId()).orElseThrow(
                            () -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, type.toString()))
                    : liveType(type, item.getSchool().getPublicId()).flow();
            item.expectVersion(expectedVersion);
            engine.act(em, caller, account(em, caller), item, action, remark, liveFlow);
            moduleTypes.afterTransition(em, item);
            em.flush();
            if (action == ReviewAction.REVOKE) {
                audit.success(SecurityAuditLog.Event.REVIEW_REVOKED, caller, item.getSchool().getId(),
                        item.getPublicId(), remark);
            }
            return dto(item, caller);
        });
    }

    @Override
    public ReviewItemDto get(Principal caller, String itemId) {
        return tx.inTransaction(em -> dto(visibleItem(em, caller, itemId), caller));
    }

    @Override
    public List<TrailEntryDto> trail(Principal caller, String itemId) {
        return tx.inTransaction(em -> {
            ReviewItem item = visibleItem(em, caller, itemId);
            return em.createQuery("SELECT t FROM TrailEntry t WHERE t.item = :i ORDER BY t.seq", TrailEntry.class)
                    .setParameter("i", item).getResultList().stream().map(TrailEntry::toDto).toList();
        });
    }

    /**
     * Items waiting for the caller, the longest waiting first (time the item entered its step, then key). Admin
     * filters compare key columns, so each role's list reads one index range (V11__list_indexes.sql).
     */
    @Override
    public Page<ReviewItemDto> waitingFor(Principal caller, PageRequest page) {
        return tx.inTransaction(em -> {
            Map<String, Object> params = new HashMap<>();
            params.put("open", ItemState.IN_REVIEW);
            String where = switch (caller.role()) {
                case COLLEGE_ADMIN -> {
                    params.put("college", TenancyLookup.keyOrNone(em, "College", caller.collegeId()));
                    params.put("actor", ActorKind.COLLEGE_ADMIN);
                    yield "e.waitingActor = :actor AND e.college.id = :college";
                }
                case SCHOOL_ADMIN -> {
                    params.put("school", TenancyLookup.keyOrNone(em, "School", caller.schoolId()));
                    params.put("actor", ActorKind.SCHOOL_ADMIN);
                    yield "e.waitingActor = :actor AND e.school.id = :school";
                }
                case EMPLOYER -> {
                    params.put("employer", caller.employerId());
                    params.put("actor", ActorKind.EMPLOYER);
                    yield "e.waitingActor = :actor AND e.employerRef = :employer";
                }
                case STUDENT -> {
                    params.put("submitter", ActorKind.SUBMITTER);
                    params.put("counterparty", ActorKind.COUNTERPARTY);
                    params.put("me", account(em, caller));
                    yield "(e.waitingActor = :submitter AND e.submitter = :me)"
                            + " OR (e.waitingActor = :counterparty AND e.counterparty = :me)";
                }
                default -> "1 = 0";
            };
            return new Keyset("ReviewItem", "e.state = :open AND e.stepEnteredAt IS NOT NULL AND (" + where + ")",
                    params, Keyset.Order.by("stepEnteredAt", ReviewItem::getStepEnteredAt, true), LIST_FETCH)
                    .page(em, ReviewItem.class, page, dtos(caller));
        });
    }

    /** The caller's own items, the last acted on first (time of the last change, then key). */
    @Override
    public Page<ReviewItemDto> submittedBy(Principal caller, PageRequest page) {
        return tx.inTransaction(em -> new Keyset("ReviewItem", "e.submitter = :me",
                Map.of("me", account(em, caller)), Keyset.Order.by("updatedAt", ReviewItem::getUpdatedAt, false),
                LIST_FETCH).page(em, ReviewItem.class, page, dtos(caller)));
    }

    @Override
    public int runDueTimers() {
        return timers.runDue(ReviewEngine.TIMER_KIND, TIMER_BATCH, work -> tx.inTransaction(em -> {
            ReviewItem item = em.find(ReviewItem.class, work.getRefId());
            if (item == null) {
                return false;
            }
            if (!isLive(ContributionId.parse(item.getItemType()), item.getSchool().getPublicId())) {
                throw new DueWorkQueue.Postponed("type of " + item.getPublicId() + " is not available");
            }
            boolean fired = engine.fireTimer(em, item, work.getRefStamp());
            if (fired) {
                moduleTypes.afterTransition(em, item);
            }
            return fired;
        }));
    }

    private static ContributionId parseType(String type) {
        try {
            return ContributionId.parse(type);
        } catch (IllegalArgumentException e) {
            throw JiuyeException.invalid("type", "TYPE_INVALID");
        }
    }

    /** The item type's live definition, refusing when its plugin is absent or off for the school. */
    private ItemTypeDefinition liveType(ContributionId type, String schoolId) {
        if (!isLive(type, schoolId)) {
            throw new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, type.toString());
        }
        Optional<ItemTypeDefinition> def = registry.contribution(type)
                .filter(ItemTypeDefinition.class::isInstance).map(ItemTypeDefinition.class::cast);
        return def.orElseThrow(() -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, type.toString()));
    }

    /** Whether the type's contribution is installed and its plugin active for the school. */
    private boolean isLive(ContributionId type, String schoolId) {
        if (ModuleItemTypes.isModuleType(type)) {
            return moduleTypes.handler(type).isPresent();
        }
        return registry.contribution(type).isPresent() && schoolPlugins.isActive(schoolId, type.pluginId());
    }

    private static Map<String, String> checkedAttributes(ItemTypeDefinition def, Map<String, String> given) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        def.fields().forEach(f -> fields.put(f.key(), f));
        given.keySet().stream().filter(k -> !fields.containsKey(k))
                .forEach(k -> errors.add(FieldError.of(k, "ATTRIBUTE_UNKNOWN")));
        for (FieldDefinition f : fields.values()) {
            String v = given.get(f.key());
            v = v == null ? null : v.strip();
            if (v == null || v.isEmpty()) {
                if (f.required()) {
                    errors.add(FieldError.of(f.key(), "REQUIRED"));
                }
                continue;
            }
            if (f.maxLength() != null && v.length() > f.maxLength()) {
                errors.add(FieldError.of(f.key(), "TOO_LONG", f.maxLength()));
            }
            switch (f.type()) {
                case INTEGER -> {
                    if (!v.matches("-?\\d{1,9}")) {
                        errors.add(FieldError.of(f.key(), "ATTRIBUTE_INTEGER"));
                    }
                }
                case ENUM -> {
                    if (!f.options().contains(v)) {
                        errors.add(FieldError.of(f.key(), "ATTRIBUTE_OPTION"));
                    }
                }
                default -> {
                }
            }
            out.put(f.key(), v);
        }
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
        return out;
    }

    private static UserAccount account(EntityManager em, Principal caller) {
        if (caller.userId() == null) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        return TenancyLookup.one(em, UserAccount.class, "UserAccount", caller.userId());
    }

    /**
     * The item if the caller may see it. Admins of another college or school get OUT_OF_SCOPE (403); for students
     * and employers another person's item does not exist (404).
     */
    private static ReviewItem visibleItem(EntityManager em, Principal caller, String itemId) {
        ReviewItem item = TenancyLookup.one(em, ReviewItem.class, "ReviewItem", itemId);
        if (!ActorMatcher.canSee(caller, item)) {
            throw new JiuyeException(caller.is(Role.SCHOOL_ADMIN) || caller.is(Role.COLLEGE_ADMIN)
                    ? CoreError.OUT_OF_SCOPE : CoreError.NOT_FOUND);
        }
        return item;
    }

    private ReviewItemDto dto(ReviewItem i, Principal viewer) {
        return dto(i, viewer, isLive(ContributionId.parse(i.getItemType()), i.getSchool().getPublicId()));
    }

    private ReviewItemDto dto(ReviewItem i, Principal viewer, boolean available) {
        return new ReviewItemDto(i.getPublicId(), i.getItemType(), available, i.getState(), i.getStepKey(),
                i.getSubmitter().getPublicId(), i.getSchool().getPublicId(),
                i.getCollege() == null ? null : i.getCollege().getPublicId(), i.getEmployerRef(),
                i.getCounterparty() == null ? null : i.getCounterparty().getPublicId(), i.attributes(), i.flow(),
                available ? engine.allowed(viewer, i) : java.util.Set.of(), i.getSubmittedAt(), i.getUpdatedAt(),
                i.getActableFrom(), i.getVersion());
    }

    /**
     * Maps a page of items, asking the registry (and the school's enablement) once per item type and school on
     * the page rather than once per row.
     */
    private java.util.function.Function<ReviewItem, ReviewItemDto> dtos(Principal viewer) {
        Map<String, Boolean> live = new HashMap<>();
        return i -> dto(i, viewer, live.computeIfAbsent(i.getItemType() + ' ' + i.getSchool().getPublicId(),
                k -> isLive(ContributionId.parse(i.getItemType()), i.getSchool().getPublicId())));
    }
}
