package io.jiuye.core.module;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Six-digit codes sent to a phone or an address to prove it is the account holder's: rate-limited per recipient and
 * purpose (one a minute, five an hour), valid for {@link #VALIDITY}, five attempts, used once.
 */
@ProviderType
public interface OneTimeCodes {
    Duration VALIDITY = Duration.ofMinutes(10);

    /**
     * Issues a new code for the account in the caller's transaction, after the rate limits ({@code
     * CODE_RATE_LIMITED} with the seconds to wait); returns it in the clear, to be sent and forgotten.
     */
    String issue(String purpose, String recipient, long accountId);

    /**
     * Checks a code against the newest one of the recipient and purpose, in a transaction of its own so that a wrong
     * attempt counts although the caller then fails; a right code is used up. Fails with {@code CODE_INVALID},
     * {@code CODE_EXPIRED} or {@code CODE_ATTEMPTS_EXCEEDED}.
     */
    void check(String purpose, String recipient, String code);
}
