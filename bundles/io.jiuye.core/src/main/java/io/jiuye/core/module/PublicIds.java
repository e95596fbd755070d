package io.jiuye.core.module;

import java.security.SecureRandom;

/**
 * Opaque public ids for the API: a type prefix and 20 random Crockford base-32 characters (100 bits), e.g.
 * {@code sch_6Z1K…}. Database keys stay internal and sequence-allocated so inserts batch.
 */
public final class PublicIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    public static String next(String prefix) {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return prefix + "_" + new String(out);
    }
}
