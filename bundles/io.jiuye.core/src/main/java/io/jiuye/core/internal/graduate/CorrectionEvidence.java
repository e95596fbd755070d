package io.jiuye.core.internal.graduate;

import io.jiuye.core.module.Identified;
import io.jiuye.core.internal.review.ReviewItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image attached as evidence to a correction request (R-SRC-4). */
@Entity
@Table(name = "correction_evidence")
public class CorrectionEvidence extends Identified {
    @ManyToOne(optional = false)
    @JoinColumn(name = "review_item_id")
    private ReviewItem item;
    @Column(name = "media_type")
    private String mediaType;
    @Lob
    @Column(name = "content")
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected CorrectionEvidence() {
    }

    CorrectionEvidence(ReviewItem item, String mediaType, byte[] content, Instant uploadedAt) {
        this.item = item;
        this.mediaType = mediaType;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getContent() {
        return content;
    }
}
