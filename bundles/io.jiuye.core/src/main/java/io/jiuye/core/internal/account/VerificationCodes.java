package io.jiuye.core.internal.account;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.core.module.OneTimeCodes;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One-time codes (R-ACC-3, R-ACC-4): 6 digits, valid 10 minutes, single use, at most 5 wrong attempts; at most one
 * code a minute and five an hour per recipient and purpose. Only the newest code of a recipient and purpose counts.
 */
@Component(service = {VerificationCodes.class, OneTimeCodes.class})
public class VerificationCodes implements OneTimeCodes {
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(60);
    public static final int MAX_PER_HOUR = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a check ended. */
    public enum Outcome {
        OK, INVALID, EXPIRED, EXHAUSTED;

        /** Throws the matching error unless OK. */
        public void orThrow() {
            switch (this) {
                case OK -> {
                }
                case EXPIRED -> throw new JiuyeException(CoreError.CODE_EXPIRED);
                case EXHAUSTED -> throw new JiuyeException(CoreError.CODE_ATTEMPTS_EXCEEDED, MAX_ATTEMPTS);
                default -> throw new JiuyeException(CoreError.CODE_INVALID);
            }
        }
    }

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public VerificationCodes(@Reference Transactions tx, @Reference Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Whether a new code may be sent now; fails with CODE_RATE_LIMITED (the seconds to wait as argument). */
    public void requireMaySend(EntityManager em, String purpose, String recipient) {
        Instant now = clock.instant();
        List<Instant> recent = em.createQuery("SELECT c.createdAt FROM VerificationCode c WHERE c.recipient = :r"
                + " AND c.purpose = :p AND c.createdAt > :since ORDER BY c.createdAt DESC", Instant.class)
                .setParameter("r", recipient).setParameter("p", purpose)
                .setParameter("since", now.minus(Duration.ofHours(1))).getResultList();
        if (!recent.isEmpty() && recent.get(0).plus(MIN_INTERVAL).isAfter(now)) {
            throw new JiuyeException(CoreError.CODE_RATE_LIMITED,
                    Duration.between(now, recent.get(0).plus(MIN_INTERVAL)).toSeconds() + 1);
        }
        if (recent.size() >= MAX_PER_HOUR) {
            Instant oldest = recent.get(MAX_PER_HOUR - 1);
            throw new JiuyeException(CoreError.CODE_RATE_LIMITED,
                    Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds() + 1);
        }
    }

    /** Issues a new code (after the rate limits); returns it in the clear, to be sent and forgotten. */
    public String issue(EntityManager em, String purpose, String recipient, UserAccount user) {
        requireMaySend(em, purpose, recipient);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        em.persist(new VerificationCode(purpose, recipient, AuthServiceImpl.hash(code), user, now,
                now.plus(VALIDITY)));
        em.flush();
        return code;
    }

    @Override
    public String issue(String purpose, String recipient, long accountId) {
        return tx.inTransaction(em -> issue(em, purpose, recipient, em.find(UserAccount.class, accountId)));
    }

    @Override
    public void check(String purpose, String recipient, String code) {
        check(purpose, recipient, null, code).orThrow();
    }

    /**
     * Checks a code against the newest one of the recipient and purpose (and user, when given) in a transaction of
     * its own, so a wrong attempt counts even though the caller then fails. A right code is used up.
     */
    public Outcome check(String purpose, String recipient, UserAccount user, String code) {
        return tx.inTransaction(em -> {
            List<VerificationCode> found = em.createQuery("SELECT c FROM VerificationCode c WHERE c.recipient = :r"
                    + " AND c.purpose = :p ORDER BY c.createdAt DESC, c.id DESC", VerificationCode.class)
                    .setParameter("r", recipient).setParameter("p", purpose).setMaxResults(1).getResultList();
            if (found.isEmpty()) {
                return Outcome.INVALID;
            }
            VerificationCode c = found.get(0);
            if (user != null && (c.getUser() == null || !Objects.equals(c.getUser().getId(), user.getId()))) {
                return Outcome.INVALID;
            }
            if (c.isUsed()) {
                return Outcome.INVALID;
            }
            Instant now = clock.instant();
            if (!now.isBefore(c.getExpiresAt())) {
                return Outcome.EXPIRED;
            }
            if (c.getAttempts() >= MAX_ATTEMPTS) {
                return Outcome.EXHAUSTED;
            }
            String given = code == null ? "" : code.strip();
            if (!given.matches("\\d{6}") || !MessageDigest.isEqual(AuthServiceImpl.hash(given).getBytes(),
                    c.getCodeHash().getBytes())) {
                c.failedAttempt();
                return c.getAttempts() >= MAX_ATTEMPTS ? Outcome.EXHAUSTED : Outcome.INVALID;
            }
            c.use(now);
            return Outcome.OK;
        });
    }
}
