package io.jiuye.core.internal.review;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FieldDefinition;
import io.jiuye.api.flow.FactProvider;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.Prefill;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.flow.Visibility;
import io.jiuye.api.review.ActionRequest;
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
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.internal.tenancy.TenancyLookup;
import io.jiuye.core.internal.timer.DueWorkQueue;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The review service: resolves an item's type to its live contribution, checks who may see and act, and lets the
 * {@link ReviewEngine} move the item, all in one transaction per call. Items whose plugin is absent or disabled stay
 * readable but cannot be acted on.
 */
@Component(service = ReviewService.class)
public class ReviewServiceImpl implements ReviewService {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewServiceImpl.class);
    private static final int TIMER_BATCH = 100;
    private static final int LEGACY_BATCH = 200;

    private final Transactions tx;
    /** Relations a list page reads in one query each instead of one per row. */
    private static final List<String> LIST_FETCH = List.of("e.school", "e.college", "e.submitter", "e.counterparty",
            "e.graduate", "e.snapshot");

    private final PluginRegistry registry;
    private final SchoolPlugins schoolPlugins;
    private final DueWorkQueue timers;
    private final SecurityAuditLog audit;
    private final ReviewEngine engine;
    private final ModuleItemTypes moduleTypes;
    private final List<FactProvider> factProviders = new CopyOnWriteArrayList<>();

    @Activate
    public ReviewServiceImpl(@Reference Transactions tx, @Reference PluginRegistry registry,
            @Reference SchoolPlugins schoolPlugins, @Reference DueWorkQueue timers, @Reference ReviewEngine engine,
            @Reference SecurityAuditLog audit, @Reference ModuleItemTypes moduleTypes) {
        this.tx = tx;
        this.moduleTypes = moduleTypes;
        this.registry = registry;
        this.schoolPlugins = schoolPlugins;
        this.timers = timers;
        this.audit = audit;
        this.engine = engine;
        try {
            int merged = engine.snapshots().mergeLegacy(tx, LEGACY_BATCH);
            if (merged > 0) {
                LOG.info("Merged {} flow snapshots kept per item into shared snapshots", merged);
            }
        } catch (RuntimeException e) {
            // another node merging at the same time; provisional snapshots stay readable and merge on a later start
            LOG.warn("Merging provisional flow snapshots did not finish: {}", e.toString());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addFactProvider(FactProvider provider) {
        factProviders.add(provider);
    }

    public void removeFactProvider(FactProvider provider) {
        factProviders.remove(provider);
    }

    /** Names a submitter may not send: the core's facts and every provider's. */
    private Set<String> reservedNames() {
        Set<String> out = new HashSet<>(FactProvider.CORE_FACTS);
        factProviders.forEach(f -> out.addAll(f.facts()));
        return out;
    }

    /**
     * The submitted values with the trusted facts added: the core's {@code initiator} and what the providers of the
     * school's active plugins answer for their declared facts.
     */
    private Map<String, String> withFacts(String type, String schoolId, UserAccount submitter,
            UserAccount counterparty, String employerRef, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.put("initiator", switch (submitter.getRole()) {
            case STUDENT -> "STUDENT";
            case EMPLOYER -> "EMPLOYER";
            default -> "ADMIN";
        });
        FactProvider.FactContext context = new FactProvider.FactContext(type, schoolId, submitter.getPublicId(),
                submitter.getRole().name(), counterparty == null ? null : counterparty.getPublicId(), employerRef,
                values);
        for (FactProvider f : factProviders) {
            if (schoolPlugins.isActive(schoolId, f.pluginId())) {
                f.factsFor(context).forEach((k, v) -> {
                    if (f.facts().contains(k) && v != null) {
                        out.put(k, v);
                    }
                });
            }
        }
        return out;
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
            String employerRef = employerRef(em, caller, request.employerId());
            UserAccount owner = submitter.getSchool() != null ? submitter : counterparty;
            if (owner == null || owner.getSchool() == null) {
                throw new JiuyeException(CoreError.FORBIDDEN);
            }
            ItemTypeDefinition def = liveType(type, owner.getSchool().getPublicId());
            Map<String, String> attributes = withFacts(type.toString(), owner.getSchool().getPublicId(), submitter,
                    counterparty, employerRef, FieldValues.check(def.fields(), request.attributes(), Map.of(),
                            reservedNames()));
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

    /**
     * An employer acts for its own employer only; others may name an employer that has accounts on the platform
     * (a student's termination application names the employer of the agreement, the other party).
     */
    private static String employerRef(EntityManager em, Principal caller, String employerId) {
        if (caller.is(Role.EMPLOYER)) {
            if (employerId != null && !employerId.equals(caller.employerId())) {
                throw JiuyeException.invalid("employerId", "INVALID");
            }
            return caller.employerId();
        }
        if (employerId == null || employerId.isBlank()) {
            return null;
        }
        boolean known = !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.employerRef = :e AND a.role = :r",
                Long.class).setParameter("e", employerId).setParameter("r", Role.EMPLOYER).setMaxResults(1)
                .getResultList().isEmpty();
        if (!known) {
            throw JiuyeException.invalid("employerId", "INVALID");
        }
        return employerId;
    }

    @Override
    public ReviewItemDto act(Principal caller, String itemId, ActionRequest request) {
        ReviewAction action = request.action();
        if (action == ReviewAction.EXPIRE) {
            throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
        }
        ReviewEngine.Outcome[] outcome = new ReviewEngine.Outcome[1];
        ReviewItemDto result = tx.inTransaction(em -> {
            ReviewItem item = visibleItem(em, caller, itemId);
            ContributionId type = ContributionId.parse(item.getItemType());
            boolean moduleType = ModuleItemTypes.isModuleType(type);
            ItemTypeDefinition def = moduleType ? null : liveType(type, item.getSchool().getPublicId());
            FlowDefinition liveFlow = moduleType
                    ? moduleTypes.flow(type, item.getSchool().getId()).orElseThrow(
                            () -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, type.toString()))
                    : def.flow();
            item.expectVersion(request.expectedVersion());
            Map<String, String> newValues = null;
            if ((action == ReviewAction.SUBMIT || action == ReviewAction.AMEND) && !request.values().isEmpty()) {
                if (def == null) {
                    throw JiuyeException.invalid("values", "ATTRIBUTE_UNKNOWN");
                }
                newValues = withFacts(type.toString(), item.getSchool().getPublicId(), item.getSubmitter(),
                        item.getCounterparty(), item.getEmployerRef(),
                        FieldValues.check(def.fields(), request.values(), Map.of(), reservedNames()));
            } else if (action == ReviewAction.AMEND) {
                throw JiuyeException.invalid("values", "REQUIRED");
            }
            outcome[0] = engine.act(em, caller, account(em, caller), item, request, liveFlow, newValues);
            moduleTypes.afterTransition(em, item);
            em.flush();
            if (action == ReviewAction.REVOKE) {
                audit.success(SecurityAuditLog.Event.REVIEW_REVOKED, caller, item.getSchool().getId(),
                        item.getPublicId(), request.remark());
            }
            return dto(item, caller);
        });
        if (outcome[0] == ReviewEngine.Outcome.DEADLINE_PASSED) {
            // the item was expired and that committed; the action itself is refused
            throw new JiuyeException(CoreError.REVIEW_DEADLINE_PASSED);
        }
        return result;
    }

    @Override
    public Map<String, String> prefill(Principal caller, String itemId) {
        return tx.inTransaction(em -> {
            ReviewItem item = visibleItem(em, caller, itemId);
            if (item.getState() != ItemState.IN_REVIEW || item.getStepKey() == null) {
                return Map.of();
            }
            StepDefinition step = engine.flowOf(item).step(item.getStepKey());
            if (!ActorMatcher.matches(caller, step.actor(), item)) {
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            Map<String, String> attributes = item.attributes();
            Map<String, String> lastValues = null;
            for (FieldDefinition f : step.fields()) {
                Prefill p = f.prefill();
                if (p == null) {
                    continue;
                }
                String v = switch (p.source()) {
                    case ITEM -> attributes.get(p.key() == null ? f.key() : p.key());
                    case ACTOR_LAST -> {
                        if (lastValues == null) {
                            lastValues = lastValues(em, caller, item);
                        }
                        yield lastValues.get(f.key());
                    }
                    // graduate records and employers belong to their modules, which fill these in
                    case RECORD, EMPLOYER -> null;
                };
                if (v != null) {
                    out.put(f.key(), v);
                }
            }
            return out;
        });
    }

    /** The values the caller gave at the same step of the latest other item of the same type. */
    private static Map<String, String> lastValues(EntityManager em, Principal caller, ReviewItem item) {
        return em.createQuery("SELECT t FROM TrailEntry t WHERE t.actor.publicId = :me AND t.stepKey = :step"
                + " AND t.item.itemType = :type AND t.item <> :item AND t.stepValues IS NOT NULL"
                + " ORDER BY t.at DESC, t.id DESC", TrailEntry.class)
                .setParameter("me", caller.userId()).setParameter("step", item.getStepKey())
                .setParameter("type", item.getItemType()).setParameter("item", item).setMaxResults(1)
                .getResultList().stream().findFirst().map(TrailEntry::values).orElse(Map.of());
    }

    @Override
    public ReviewItemDto get(Principal caller, String itemId) {
        return tx.inTransaction(em -> dto(visibleItem(em, caller, itemId), caller));
    }

    @Override
    public List<TrailEntryDto> trail(Principal caller, String itemId) {
        return tx.inTransaction(em -> {
            ReviewItem item = visibleItem(em, caller, itemId);
            java.util.function.UnaryOperator<Map<String, String>> visible = v -> visibleValues(caller, item, v);
            return em.createQuery("SELECT t FROM TrailEntry t WHERE t.item = :i ORDER BY t.seq", TrailEntry.class)
                    .setParameter("i", item).getResultList().stream().map(t -> t.toDto(visible)).toList();
        });
    }

    /**
     * Items waiting for the caller, the longest waiting first (time the item entered its step, then key). Each page
     * is read by key scans over the queue indexes (V11__list_indexes.sql, V15__review_queue_indexes.sql): one range
     * for an admin, one per disjunct of the caller's condition for an employer or a student, merged in order.
     */
    @Override
    public Page<ReviewItemDto> waitingFor(Principal caller, PageRequest page) {
        return tx.inTransaction(em -> {
            Map<String, Object> params = new HashMap<>();
            params.put("open", ItemState.IN_REVIEW);
            List<Keyset.KeyScan> ranges = new ArrayList<>();
            String where = switch (caller.role()) {
                case COLLEGE_ADMIN -> {
                    long college = TenancyLookup.keyOrNone(em, "College", caller.collegeId());
                    params.put("college", college);
                    params.put("actor", ActorKind.COLLEGE_ADMIN);
                    ranges.add(queue("review_item_college_queue", "college_id = ?", List.of(college),
                            ActorKind.COLLEGE_ADMIN));
                    yield "e.waitingActor = :actor AND e.college.id = :college";
                }
                case SCHOOL_ADMIN -> {
                    long school = TenancyLookup.keyOrNone(em, "School", caller.schoolId());
                    params.put("school", school);
                    params.put("actor", ActorKind.SCHOOL_ADMIN);
                    ranges.add(queue("review_item_school_queue", "school_id = ?", List.of(school),
                            ActorKind.SCHOOL_ADMIN));
                    yield "e.waitingActor = :actor AND e.school.id = :school";
                }
                case EMPLOYER -> {
                    if (caller.employerId() == null) {
                        yield "1 = 0";
                    }
                    params.put("employer", caller.employerId());
                    params.put("actor", ActorKind.EMPLOYER);
                    params.put("other", ActorKind.OTHER_PARTY);
                    params.put("employerRole", Role.EMPLOYER);
                    ranges.add(queue("review_item_employer_queue", "employer_ref = ?",
                            List.of(caller.employerId()), ActorKind.EMPLOYER));
                    ranges.add(queue("review_item_employer_queue", "employer_ref = ? AND submitter_id IN"
                            + " (SELECT u.id FROM user_account u WHERE u.role <> ?)",
                            List.of(caller.employerId(), Role.EMPLOYER.name()), ActorKind.OTHER_PARTY));
                    // the other party of an item a student (or an admin) started naming this employer
                    yield "e.employerRef = :employer AND (e.waitingActor = :actor"
                            + " OR (e.waitingActor = :other AND e.submitter.role <> :employerRole))";
                }
                case STUDENT -> {
                    UserAccount me = account(em, caller);
                    params.put("submitter", ActorKind.SUBMITTER);
                    params.put("counterparty", ActorKind.COUNTERPARTY);
                    params.put("other", ActorKind.OTHER_PARTY);
                    params.put("employerRole", Role.EMPLOYER);
                    params.put("me", me);
                    ranges.add(queue("review_item_submitter_queue", "submitter_id = ?", List.of(me.getId()),
                            ActorKind.SUBMITTER));
                    ranges.add(queue("review_item_counterparty_queue", "counterparty_id = ?", List.of(me.getId()),
                            ActorKind.COUNTERPARTY));
                    ranges.add(queue("review_item_counterparty_queue", "counterparty_id = ? AND (employer_ref IS NULL"
                            + " OR submitter_id IN (SELECT u.id FROM user_account u WHERE u.role = ?))",
                            List.of(me.getId(), Role.EMPLOYER.name()), ActorKind.OTHER_PARTY));
                    // the other party of an item an employer started naming this student (see ActorMatcher)
                    yield "(e.waitingActor = :submitter AND e.submitter = :me)"
                            + " OR (e.waitingActor = :counterparty AND e.counterparty = :me)"
                            + " OR (e.waitingActor = :other AND e.counterparty = :me"
                            + " AND (e.submitter.role = :employerRole OR e.employerRef IS NULL))";
                }
                default -> "1 = 0";
            };
            Keyset list = new Keyset("ReviewItem",
                    "e.state = :open AND e.stepEnteredAt IS NOT NULL AND (" + where + ")", params,
                    Keyset.Order.by("stepEnteredAt", ReviewItem::getStepEnteredAt, true), LIST_FETCH);
            return (ranges.isEmpty() ? list : list.scanning(ranges.toArray(Keyset.KeyScan[]::new)))
                    .page(em, ReviewItem.class, page, dtos(caller));
        });
    }

    /**
     * One range of a queue: open items waiting for {@code actor} that match {@code owner} (SQL on review_item whose
     * equality conditions lead {@code index}, followed by waiting_actor, state, step_entered_at, id).
     */
    private static Keyset.KeyScan queue(String index, String owner, List<Object> ownerValues, ActorKind actor) {
        List<Object> values = new ArrayList<>(ownerValues);
        values.add(actor.name());
        values.add(ItemState.IN_REVIEW.name());
        return new Keyset.KeyScan("review_item", index,
                owner + " AND waiting_actor = ? AND state = ? AND step_entered_at IS NOT NULL", values,
                "step_entered_at");
    }

    /** The caller's own items, the last acted on first (time of the last change, then key). */
    @Override
    public Page<ReviewItemDto> submittedBy(Principal caller, PageRequest page) {
        return tx.inTransaction(em -> {
            UserAccount me = account(em, caller);
            return new Keyset("ReviewItem", "e.submitter = :me", Map.of("me", me),
                    Keyset.Order.by("updatedAt", ReviewItem::getUpdatedAt, false), LIST_FETCH)
                    .scanning(new Keyset.KeyScan("review_item", "review_item_submitted", "submitter_id = ?",
                            List.of(me.getId()), "updated_at"))
                    .page(em, ReviewItem.class, page, dtos(caller));
        });
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

    private static UserAccount account(EntityManager em, Principal caller) {
        if (caller.userId() == null) {
            throw new JiuyeException(CoreError.FORBIDDEN);
        }
        return TenancyLookup.one(em, UserAccount.class, caller.userId());
    }

    /**
     * The item if the caller may see it. Admins of another college or school get OUT_OF_SCOPE (403); for students
     * and employers another person's item does not exist (404).
     */
    private static ReviewItem visibleItem(EntityManager em, Principal caller, String itemId) {
        ReviewItem item = TenancyLookup.one(em, ReviewItem.class, itemId);
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
                i.getCounterparty() == null ? null : i.getCounterparty().getPublicId(),
                visibleValues(viewer, i, i.attributes()), engine.flowOf(i),
                available ? engine.allowed(viewer, i) : Set.of(), i.getSubmittedAt(), i.getUpdatedAt(),
                i.getActableFrom(), i.getVersion(), i.getMilestones(), engine.deadline(i));
    }

    /**
     * The values {@code viewer} may see: admins see all; the submitter all but ADMINS_ONLY fields; the other party
     * only EVERYONE fields. Visibility comes from the item type's fields (while its plugin is live) and the flow's
     * step fields; when the type is not live the other party sees no values at all (fail closed).
     */
    private Map<String, String> visibleValues(Principal viewer, ReviewItem item, Map<String, String> values) {
        if (values.isEmpty() || ActorMatcher.isAdmin(viewer, item)) {
            return values;
        }
        boolean other = ActorMatcher.isOtherParty(viewer, item);
        ContributionId type = ContributionId.parse(item.getItemType());
        Optional<ItemTypeDefinition> def = type.pluginId().equals(ReviewItemHandler.CORE_PLUGIN) ? Optional.empty()
                : registry.contribution(type).filter(ItemTypeDefinition.class::isInstance)
                        .map(ItemTypeDefinition.class::cast);
        if (other && def.isEmpty() && moduleTypes.handler(type).isEmpty()) {
            return Map.of();
        }
        Map<String, Visibility> visibility = new HashMap<>();
        def.ifPresent(d -> d.fields().forEach(f -> visibility.put(f.key(), f.visibility())));
        engine.flowOf(item).steps().forEach(st -> st.fields().forEach(f -> visibility.put(f.key(), f.visibility())));
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Visibility vis = visibility.getOrDefault(k, Visibility.EVERYONE);
            if (vis == Visibility.EVERYONE || (vis == Visibility.NOT_COUNTERPARTY && !other)) {
                out.put(k, v);
            }
        });
        return out;
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
