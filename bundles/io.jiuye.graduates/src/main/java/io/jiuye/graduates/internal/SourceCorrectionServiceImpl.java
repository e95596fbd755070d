package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.FlowLimit;
import io.jiuye.api.flow.ItemState;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.graduate.CorrectionResult;
import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.core.module.ReviewItems;
import io.jiuye.core.module.ReviewSubmission;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Schools.SchoolRef;
import io.jiuye.core.module.Scopes;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.StoredFile;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Corrections of approved source information (R-SRC-4). Directly editable fields change at once; the others become
 * a review item for the school's admins ({@code core:source-correction@1}, one open at a time) with attributes
 * {@code old.<field>}, {@code new.<field>} and {@code reason}; its approval applies the new values.
 */
@Component(service = {SourceCorrectionService.class, ReviewItemHandler.class})
public class SourceCorrectionServiceImpl implements SourceCorrectionService, ReviewItemHandler {
    static final ContributionId TYPE = ContributionId.of(CORE_PLUGIN, "source-correction", 1);
    private static final int MAX_REASON = 200;

    private final Transactions tx;
    private final Clock clock;
    private final ReviewItems reviewItems;
    private final Schools schools;
    private final GraduateFiles files;

    @Activate
    public SourceCorrectionServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx,
            @Reference Clock clock, @Reference ReviewItems reviewItems, @Reference Schools schools,
            @Reference GraduateFiles files) {
        this.tx = tx;
        this.files = files;
        this.clock = clock;
        this.reviewItems = reviewItems;
        this.schools = schools;
    }

    @Override
    public ContributionId type() {
        return TYPE;
    }

    @Override
    public FlowDefinition flow(long schoolId) {
        return FlowDefinition.of(StepDefinition.review("school", LocalizedText.of("学校处理修改申请",
                "School handles the correction"), ActorKind.SCHOOL_ADMIN))
                .withLimits(new FlowLimit("source-correction", 1, Set.of()));
    }

    /** An approved correction writes its new values to the record, each change logged as a correction. */
    @Override
    public void afterTransition(ReviewItemView item) {
        if (item.state() != ItemState.APPROVED) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        item.attributes().forEach((k, v) -> {
            if (k.startsWith("new.")) {
                values.put(k.substring(4), v);
            }
        });
        String approver = item.lastActorName() == null ? "school" : item.lastActorName();
        tx.run(em -> em.createQuery("SELECT g FROM Graduate g WHERE g.userId = :u", Graduate.class)
                .setParameter("u", item.submitterUserId()).getResultList()
                .forEach(g -> apply(em, g, values, approver, "CORRECTION", clock.instant())));
    }

    private static void apply(EntityManager em, Graduate g, Map<String, String> values, String by, String source,
            Instant now) {
        Map<String, String> before = g.sourceFields();
        g.complete(SourceInfoServiceImpl.update(values), now);
        SourceInfoServiceImpl.logChanges(em, g, before, by, source, now);
    }

    @Override
    public CorrectionResult request(Principal caller, Map<String, String> values, String reason,
            long expectedVersion) {
        List<FieldError> errors = values.keySet().stream().filter(k -> !FIELDS.contains(k))
                .map(k -> FieldError.of(k, "ATTRIBUTE_UNKNOWN")).collect(Collectors.toList());
        if (values.isEmpty()) {
            errors.add(FieldError.of("values", "REQUIRED"));
        }
        if (!errors.isEmpty()) {
            throw JiuyeException.invalid(errors);
        }
        SourceInfoServiceImpl.update(values); // every value well-formed before anything changes
        return tx.inTransaction(em -> {
            Graduate g = GraduateAccess.own(em, caller);
            g.expectVersion(expectedVersion);
            if (g.getSourceState() != SourceState.APPROVED) {
                throw new JiuyeException(CoreError.SOURCE_INFO_NOT_APPROVED);
            }
            Set<String> direct = parse(GraduateSchoolSettings.of(em, g.getSchoolId()).getDirectEditFields());
            Map<String, String> current = g.sourceFields();
            Map<String, String> applied = new LinkedHashMap<>();
            Map<String, String> requested = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (!Objects.equals(current.get(k), v)) {
                    (direct.contains(k) ? applied : requested).put(k, v);
                }
            });
            if (!requested.isEmpty() && (reason == null || reason.isBlank())) {
                throw new JiuyeException(CoreError.REASON_REQUIRED);
            }
            if (reason != null && reason.strip().length() > MAX_REASON) {
                throw JiuyeException.invalid("reason", "TOO_LONG", MAX_REASON);
            }
            Instant now = clock.instant();
            if (!applied.isEmpty()) {
                apply(em, g, applied, caller.username(), "STUDENT", now);
            }
            String itemId = null;
            if (!requested.isEmpty()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                requested.forEach((k, v) -> {
                    attributes.put("old." + k, current.get(k) == null ? "" : current.get(k));
                    attributes.put("new." + k, v);
                });
                attributes.put("reason", reason.strip());
                itemId = reviewItems.submit(new ReviewSubmission(TYPE, g.getUserId(), null, null, attributes))
                        .publicId();
            }
            g.touch(now);
            em.flush();
            return new CorrectionResult(g.toSourceInfo(), applied, requested, itemId);
        });
    }

    @Override
    public int addEvidence(Principal caller, String correctionId, byte[] image) {
        return tx.inTransaction(em -> {
            ReviewItemView item = correction(correctionId);
            Graduate own = ownerOf(em, item);
            if (!GraduateAccess.isOwn(caller, own)) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            // one upload per request at a time, so the slot's count holds when two arrive together: the
            // graduate's row is locked, and the item's state read again under that lock
            em.lock(own, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (correction(correctionId).state() != ItemState.IN_REVIEW) {
                throw new JiuyeException(CoreError.REVIEW_ACTION_NOT_ALLOWED);
            }
            files.store().store(caller, GraduateFiles.EVIDENCE, item.publicId(), null,
                    new ByteArrayInputStream(image));
            return files.store().list(GraduateFiles.EVIDENCE.name(), item.publicId()).size();
        });
    }

    @Override
    public Evidence evidence(Principal caller, String correctionId, int index) {
        StoredFile file = tx.inTransaction(em -> {
            ReviewItemView item = correction(correctionId);
            Graduate owner = ownerOf(em, item);
            boolean own = GraduateAccess.isOwn(caller, owner);
            if (!own && !caller.is(io.jiuye.api.Role.OPERATOR) && !(caller.is(io.jiuye.api.Role.SCHOOL_ADMIN)
                    && owner.getSchoolRef().equals(caller.schoolId()))) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            List<StoredFile> all = files.store().list(GraduateFiles.EVIDENCE.name(), item.publicId());
            if (index < 0 || index >= all.size()) {
                throw new JiuyeException(CoreError.NOT_FOUND);
            }
            return all.get(index);
        });
        return new Evidence(file.mediaType(), files.read(file.id()));
    }

    private ReviewItemView correction(String correctionId) {
        return reviewItems.find(TYPE, correctionId).orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    /** The record of the graduate who asked for the correction. */
    private static Graduate ownerOf(EntityManager em, ReviewItemView item) {
        return em.createQuery("SELECT g FROM Graduate g WHERE g.userId = :u", Graduate.class)
                .setParameter("u", item.submitterUserId()).getResultList().stream().findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    static Set<String> parse(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Set<String> directFields(String schoolId) {
        long school = schools.require(schoolId).id();
        return tx.inTransaction(em -> parse(GraduateSchoolSettings.of(em, school).getDirectEditFields()));
    }

    @Override
    public Set<String> setDirectFields(Principal caller, String schoolId, Set<String> fields) {
        List<FieldError> unknown = fields.stream().filter(f -> !FIELDS.contains(f))
                .map(f -> FieldError.of(f, "ATTRIBUTE_UNKNOWN")).toList();
        if (!unknown.isEmpty()) {
            throw JiuyeException.invalid(unknown);
        }
        SchoolRef school = schools.require(schoolId);
        Scopes.requireManage(caller, school.publicId());
        return tx.inTransaction(em -> {
            GraduateSchoolSettings s = GraduateSchoolSettings.forUpdate(em, school.id());
            s.setDirectEditFields(String.join(",", new TreeSet<>(fields)));
            return parse(s.getDirectEditFields());
        });
    }
}
