package io.jiuye.core.internal.account;

import io.jiuye.api.JiuyeException;
import java.security.SecureRandom;

/**
 * What a password must be (R-ACC-4: upper and lower case at least; we also ask for a digit and 8 characters), and
 * generated passwords that satisfy it.
 */
public final class PasswordPolicy {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";

    private PasswordPolicy() {
    }

    public static void check(String field, char[] password) {
        String p = new String(password);
        boolean ok = p.length() >= 8 && p.length() <= 128 && p.chars().anyMatch(Character::isUpperCase)
                && p.chars().anyMatch(Character::isLowerCase) && p.chars().anyMatch(Character::isDigit);
        if (!ok) {
            throw JiuyeException.invalid(field, "PASSWORD_WEAK", 8);
        }
    }

    /** A random 16-character password with upper, lower case and digits, no look-alike characters. */
    public static String generate() {
        String all = UPPER + LOWER + DIGITS;
        StringBuilder sb = new StringBuilder();
        sb.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
        sb.append(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
        sb.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        while (sb.length() < 16) {
            sb.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return sb.toString();
    }
}
