package io.jiuye.core.internal.review;

import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One distinct flow as JSON, stored once and shared by every item submitted on it. */
@Entity
@Table(name = "flow_snapshot")
public class FlowSnapshot extends Identified {
    @Column(name = "content_hash")
    private String contentHash;
    @Lob
    private String content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected FlowSnapshot() {
    }

    FlowSnapshot(String contentHash, String content, Instant createdAt) {
        this.contentHash = contentHash;
        this.content = content;
        this.createdAt = createdAt;
    }

    String getContentHash() {
        return contentHash;
    }

    String getContent() {
        return content;
    }
}
