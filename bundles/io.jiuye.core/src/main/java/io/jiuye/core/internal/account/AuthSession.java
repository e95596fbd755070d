package io.jiuye.core.internal.account;

import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login session, found by the SHA-256 of its bearer token (the token itself is never stored). */
@Entity
@Table(name = "auth_session")
public class AuthSession extends Identified {
    @Column(name = "token_hash")
    private String tokenHash;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "remote_address")
    private String remoteAddress;

    protected AuthSession() {
    }

    public AuthSession(String tokenHash, UserAccount user, Instant createdAt, Instant expiresAt, String remoteAddress) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.remoteAddress = remoteAddress;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public UserAccount getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }
}
