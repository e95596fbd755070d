package io.jiuye.core.internal.account;

import io.jiuye.core.module.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code sent to a phone or an address, kept as its SHA-256 only. */
@Entity
@Table(name = "verification_code")
public class VerificationCode extends Identified {
    private String purpose;
    private String recipient;
    @Column(name = "code_hash")
    private String codeHash;
    @ManyToOne
    @JoinColumn(name = "user_id")
    private UserAccount user;
    @Column(name = "expires_at")
    private Instant expiresAt;
    private int attempts;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected VerificationCode() {
    }

    VerificationCode(String purpose, String recipient, String codeHash, UserAccount user, Instant createdAt,
            Instant expiresAt) {
        this.purpose = purpose;
        this.recipient = recipient;
        this.codeHash = codeHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String getCodeHash() {
        return codeHash;
    }

    UserAccount getUser() {
        return user;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    int getAttempts() {
        return attempts;
    }

    void failedAttempt() {
        attempts++;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant at) {
        usedAt = at;
    }
}
