package io.jiuye.core.internal.timer;

import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A piece of work due at a time (auto-confirm, expiry), durable across restarts. {@code refStamp} identifies the
 * state of the referenced row it was scheduled for; work whose row moved on since is skipped. A node claims it by an
 * optimistic update of {@code claimedBy}/{@code claimedUntil}, so with several nodes each runs once; a claim that
 * is not completed expires and is taken again.
 */
@Entity
@Table(name = "due_work")
public class DueWork extends Identified {
    private String kind;
    @Column(name = "ref_id")
    private long refId;
    @Column(name = "ref_stamp")
    private long refStamp;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "done_at")
    private Instant doneAt;
    @Version
    private long version;

    protected DueWork() {
    }

    public DueWork(String kind, long refId, long refStamp, Instant dueAt) {
        this.kind = kind;
        this.refId = refId;
        this.refStamp = refStamp;
        this.dueAt = dueAt;
    }

    /** Whether no node holds a live claim on it at {@code now}. */
    boolean claimable(Instant now) {
        return doneAt == null && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    void claim(String node, Instant until) {
        this.claimedBy = node;
        this.claimedUntil = until;
    }

    void done(Instant at) {
        this.doneAt = at;
    }

    public String getKind() {
        return kind;
    }

    public long getRefId() {
        return refId;
    }

    public long getRefStamp() {
        return refStamp;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
