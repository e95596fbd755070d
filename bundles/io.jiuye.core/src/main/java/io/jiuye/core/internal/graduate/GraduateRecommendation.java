package io.jiuye.core.internal.graduate;

import io.jiuye.api.graduate.RecommendationForm;
import io.jiuye.api.graduate.SourceState;
import io.jiuye.core.internal.persistence.Json;
import io.jiuye.core.module.Versioned;
import io.jiuye.core.internal.review.ReviewItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
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
    @ManyToOne
    @JoinColumn(name = "review_item_id")
    private ReviewItem reviewItem;
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

    ReviewItem getReviewItem() {
        return reviewItem;
    }

    void reviewItem(ReviewItem item) {
        this.reviewItem = item;
    }

    SourceState state() {
        if (reviewItem == null) {
            return SourceState.NOT_SUBMITTED;
        }
        return switch (reviewItem.getState()) {
            case IN_REVIEW -> SourceState.IN_REVIEW;
            case APPROVED -> SourceState.APPROVED;
            case REJECTED -> SourceState.REJECTED;
            case RETURNED -> SourceState.RETURNED;
            case WITHDRAWN, EXPIRED -> SourceState.NOT_SUBMITTED;
        };
    }

    RecommendationForm toDto() {
        return new RecommendationForm(graduate.getPublicId(), fields(), photoFile != null, state(),
                reviewItem == null ? null : reviewItem.getPublicId(), version);
    }
}
