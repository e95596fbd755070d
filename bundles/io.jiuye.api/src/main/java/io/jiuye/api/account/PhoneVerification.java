package io.jiuye.api.account;

import java.time.Instant;

/**
 * Whether the student's phone is confirmed (R-ACC-3). {@code phone} is the masked phone of the graduate record;
 * {@code verified} holds only while the confirmed number is still the record's phone.
 */
public record PhoneVerification(String phone, boolean verified, Instant verifiedAt) {
}
