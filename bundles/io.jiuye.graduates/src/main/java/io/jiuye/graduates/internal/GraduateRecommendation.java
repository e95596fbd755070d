package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.core.module.Json;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.module.ReviewItemView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/** A graduate's recommendation form (推荐表): its fields as a JSON document, its photo (in the file store), its review item. */
@Entity
@Table(name = "recommendation_form")
public class GraduateRecommendation extends Versioned {
    @OneToOne(optional = false)
    @JoinColumn(name = "graduate_id")
    private Graduate graduate;
    @Lob
    @Column(name = "data")
    private String data;
    /** The photo's id in the file store (the columns photo and photo_type held it before V12). */
    @Column(name = "photo_file")
    private String photoFile;
    @Column(name = "review_item_id")
    private Long reviewItemId;
    @Column(name = "review_item_ref")
    private String reviewItemRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    private SourceState reviewState = SourceState.NOT_SUBMITTED;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected GraduateRecommendation() {
    }

    GraduateRecommendation(Graduate graduate, Map<String, String> fields, Instant now) {
        super("rec");
        this.graduate = graduate;
        this.data = Json.write(fields);
        this.updatedAt = now;
    }

    Graduate getGraduate() {
        return graduate;
    }

    Map<String, String> fields() {
        return Json.readMap(data);
    }

    void fields(Map<String, String> fields, Instant now) {
        this.data = Json.write(fields);
        this.updatedAt = now;
    }

    String getPhotoFile() {
        return photoFile;
    }

    void photoFile(String fileId, Instant now) {
        this.photoFile = fileId;
        this.updatedAt = now;
    }

    /** The form's review item (internal id), once submitted. */
    Long getReviewItemId() {
        return reviewItemId;
    }

    /** Where the form's review stands, copied from its item on every transition. */
    void reviewed(ReviewItemView item) {
        this.reviewItemId = item.id();
        this.reviewItemRef = item.publicId();
        this.reviewState = SourceInfoServiceImpl.stateOf(item.state());
    }

    SourceState state() {
        return reviewState;
    }

    RecommendationForm toDto() {
        return new RecommendationForm(graduate.getPublicId(), fields(), photoFile != null, state(),
                reviewItemRef, version);
    }
}
