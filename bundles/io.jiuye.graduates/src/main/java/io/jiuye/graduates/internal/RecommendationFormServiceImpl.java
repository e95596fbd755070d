package io.jiuye.graduates.internal;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.JiuyeException.FieldError;
import io.jiuye.api.Principal;
import io.jiuye.api.document.DocumentService;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.RecommendationFormService;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ContributionId;
import io.jiuye.api.plugin.DocumentTemplateDefinition;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.core.module.ReviewItems;
import io.jiuye.core.module.ReviewSubmission;
import io.jiuye.core.module.Schools;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.ReviewItemHandler;
import io.jiuye.core.module.ReviewItemView;
import io.jiuye.core.module.StoredFile;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Recommendation forms (推荐表, R-REC-1..2). The form is pre-filled from the graduate's record, whose fields stay
 * read-only on it; the graduate completes the rest, adds a photo, previews and submits it to the college's review
 * (core item type {@code core:recommendation-form@1}); once approved it is printed from the document template the
 * school's plugins supply for the purpose {@code recommendation-form}.
 */
@Component(service = {RecommendationFormService.class, ReviewItemHandler.class})
public class RecommendationFormServiceImpl implements RecommendationFormService, ReviewItemHandler {
    static final ContributionId TYPE = ContributionId.of(CORE_PLUGIN, "recommendation-form", 1);
    static final String PURPOSE = "recommendation-form";
    /**
     * Fields the graduate fills in (R-REC-1); the template names the same keys. Major and class come from the
     * record when it has them, and are the graduate's to fill when it does not.
     */
    static final Set<String> EDITABLE = Set.of("major", "className", "gender", "ethnicity", "birthMonth",
            "politicalStatus",
            "maritalStatus", "origin", "secondMajor", "foreignLanguage", "computerLevel", "entryDate",
            "graduationDate", "address", "postcode", "phone", "email", "history", "awards", "selfRecommendation");

    private final Transactions tx;
    private final Clock clock;
    private final SchoolPlugins schoolPlugins;
    private final PluginRegistry registry;
    private final ReviewItems reviewItems;
    private final Schools schools;
    private final GraduateFiles files;
    private volatile DocumentService documents;

    @Activate
    public RecommendationFormServiceImpl(@Reference(target = GraduatesDataModule.TX) Transactions tx,
            @Reference Clock clock, @Reference ReviewItems reviewItems, @Reference Schools schools,
            @Reference SchoolPlugins schoolPlugins, @Reference PluginRegistry registry,
            @Reference GraduateFiles files) {
        this.registry = registry;
        this.tx = tx;
        this.files = files;
        this.clock = clock;
        this.schoolPlugins = schoolPlugins;
        this.reviewItems = reviewItems;
        this.schools = schools;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setDocuments(DocumentService documents) {
        this.documents = documents;
    }

    public void unsetDocuments(DocumentService documents) {
        if (this.documents == documents) {
            this.documents = null;
        }
    }

    @Override
    public ContributionId type() {
        return TYPE;
    }

    @Override
    public FlowDefinition flow(long schoolId) {
        return FlowDefinition.of(StepDefinition.review("college", LocalizedText.of("学院审核", "College review"),
                ActorKind.COLLEGE_ADMIN));
    }

    /** The form's state follows its review item's. */
    @Override
    public void afterTransition(ReviewItemView item) {
        tx.run(em -> em.createQuery("SELECT r FROM GraduateRecommendation r WHERE r.reviewItemId = :i",
                GraduateRecommendation.class).setParameter("i", item.id()).getResultList()
                .forEach(r -> r.reviewed(item)));
    }

    @Override
    public RecommendationForm mine(Principal caller) {
        return tx.inTransaction(em -> form(em, caller).toDto());
    }

    /** The caller's form, created from the record on first access. */
    private GraduateRecommendation form(EntityManager em, Principal caller) {
        Graduate g = GraduateAccess.own(em, caller);
        return em.createQuery("SELECT r FROM GraduateRecommendation r WHERE r.graduate = :g",
                GraduateRecommendation.class).setParameter("g", g).getResultList().stream().findFirst()
                .orElseGet(() -> {
                    Map<String, String> fields = new LinkedHashMap<>(prefilledContacts(g));
                    fields.putAll(fromRecord(g, schools));
                    GraduateRecommendation r = new GraduateRecommendation(g, fields, clock.instant());
                    em.persist(r);
                    em.flush();
                    return r;
                });
    }

    /** The record's fields, read-only on the form. */
    static Map<String, String> fromRecord(Graduate g, Schools schools) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", g.getName());
        m.put("studentNumber", g.getStudentNumber());
        m.put("college", schools.collegesByIds(List.of(g.getCollegeId())).get(g.getCollegeId()).name());
        m.put("major", g.getMajorId() == null ? null
                : schools.majorsByIds(List.of(g.getMajorId())).get(g.getMajorId()).name());
        m.put("className", g.getClassName());
        m.put("educationLevel", g.getEducationLevel() == null ? null : g.getEducationLevel().label().zh());
        m.values().removeIf(Objects::isNull);
        return m;
    }

    /** Suggestions from the record the graduate may change on the form. */
    private static Map<String, String> prefilledContacts(Graduate g) {
        Map<String, String> m = new HashMap<>();
        m.put("gender", "男".equals(g.getGender()) ? "M" : "女".equals(g.getGender()) ? "F" : null);
        m.put("phone", g.getPhone());
        m.put("email", g.getEmail());
        m.put("address", g.getHomeAddress());
        m.put("postcode", g.getHomePostcode());
        m.values().removeIf(Objects::isNull);
        return m;
    }

    @Override
    public RecommendationForm save(Principal caller, Map<String, String> fields, long expectedVersion) {
        List<FieldError> unknown = fields.keySet().stream().filter(k -> !EDITABLE.contains(k))
                .map(k -> FieldError.of(k, "ATTRIBUTE_UNKNOWN")).toList();
        if (!unknown.isEmpty()) {
            throw JiuyeException.invalid(unknown);
        }
        return tx.inTransaction(em -> {
            GraduateRecommendation r = form(em, caller);
            r.expectVersion(expectedVersion);
            requireEditable(r);
            Map<String, String> merged = new LinkedHashMap<>(r.fields());
            fields.forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    merged.remove(k);
                } else {
                    merged.put(k, v.strip());
                }
            });
            merged.putAll(fromRecord(r.getGraduate(), schools));
            checkLimits(r.getGraduate().getSchoolRef(), merged);
            r.fields(merged, clock.instant());
            em.flush();
            return r.toDto();
        });
    }

    /** A draft may be incomplete: only the template's limits apply when saving; required fields at submission. */
    private void checkLimits(String school, Map<String, String> fields) {
        DocumentService docs = documents;
        if (docs == null) {
            return;
        }
        try {
            docs.check(template(school), fields);
        } catch (JiuyeException e) {
            List<FieldError> faults = e.fieldErrors().stream().filter(f -> !f.code().equals("REQUIRED")).toList();
            if (!e.error().equals(CoreError.VALIDATION_FAILED) || !faults.isEmpty()) {
                throw e.error().equals(CoreError.VALIDATION_FAILED) ? JiuyeException.invalid(faults) : e;
            }
        }
    }

    private static void requireEditable(GraduateRecommendation r) {
        if (!r.state().editable()) {
            throw new JiuyeException(CoreError.RECOMMENDATION_FORM_LOCKED);
        }
    }

    @Override
    public RecommendationForm setPhoto(Principal caller, byte[] image, long expectedVersion) {
        return tx.inTransaction(em -> {
            GraduateRecommendation r = form(em, caller);
            r.expectVersion(expectedVersion);
            requireEditable(r);
            // replacing the photo is the owner's explicit, audited deletion of the old one while the form is editable
            if (r.getPhotoFile() != null) {
                files.store().delete(caller, r.getPhotoFile());
            }
            StoredFile photo = files.store().store(caller, GraduateFiles.PHOTO, r.getGraduate().getPublicId(), null,
                    new ByteArrayInputStream(image));
            r.photoFile(photo.id(), clock.instant());
            em.flush();
            return r.toDto();
        });
    }

    @Override
    public RecommendationForm submit(Principal caller, long expectedVersion) {
        return tx.inTransaction(em -> {
            GraduateRecommendation r = form(em, caller);
            r.expectVersion(expectedVersion);
            requireEditable(r);
            DocumentService docs = documents;
            if (docs != null) {
                docs.check(template(r.getGraduate().getSchoolRef()), r.fields());
            }
            long student = r.getGraduate().getUserId();
            r.reviewed(r.getReviewItemId() == null
                    ? reviewItems.submit(new ReviewSubmission(TYPE, student, null, null, r.fields()))
                    : reviewItems.resubmit(r.getReviewItemId(), student, r.fields()));
            r.fields(r.fields(), clock.instant());
            em.flush();
            return r.toDto();
        });
    }

    @Override
    public byte[] preview(Principal caller, Locale locale) {
        Map<String, Object> data = tx.inTransaction(em -> printable(form(em, caller)));
        return render(data, locale);
    }

    @Override
    public byte[] pdf(Principal caller, String graduateId, Locale locale) {
        Map<String, Object> data = tx.inTransaction(em -> {
            Graduate g = GraduateAccess.visible(em, caller, graduateId);
            GraduateRecommendation r = em.createQuery("SELECT r FROM GraduateRecommendation r WHERE r.graduate = :g",
                    GraduateRecommendation.class).setParameter("g", g).getResultList().stream().findFirst()
                    .orElseThrow(() -> new JiuyeException(CoreError.RECOMMENDATION_FORM_NOT_APPROVED));
            if (r.state() != SourceState.APPROVED) {
                throw new JiuyeException(CoreError.RECOMMENDATION_FORM_NOT_APPROVED);
            }
            return printable(r);
        });
        return render(data, locale);
    }

    private Map<String, Object> printable(GraduateRecommendation r) {
        Map<String, Object> data = new HashMap<>(r.fields());
        data.put("schoolName", schools.byId(r.getGraduate().getSchoolId()).map(Schools.SchoolRef::name).orElse(""));
        data.put("template", template(r.getGraduate().getSchoolRef()).toString());
        if (r.getPhotoFile() != null) {
            data.put("photo", files.read(r.getPhotoFile()));
        }
        return data;
    }

    private byte[] render(Map<String, Object> data, Locale locale) {
        DocumentService docs = documents;
        if (docs == null) {
            throw new JiuyeException(CoreError.DOCUMENTS_UNAVAILABLE);
        }
        ContributionId template = ContributionId.parse((String) data.remove("template"));
        return docs.render(template, data, locale);
    }

    /**
     * The school's recommendation-form template: one of a plugin the school chose before one of a baseline plugin
     * (the default every school has).
     */
    private ContributionId template(String school) {
        return schoolPlugins.contributions(school, DocumentTemplateDefinition.class).stream()
                .filter(t -> PURPOSE.equals(t.purpose()))
                .min(Comparator.comparing(t -> registry.plugin(t.id().pluginId())
                        .map(PluginDescriptor::baseline).orElse(false) ? 1 : 0))
                .map(DocumentTemplateDefinition::id)
                .orElseThrow(() -> new JiuyeException(CoreError.CONTRIBUTION_UNAVAILABLE, PURPOSE));
    }
}
