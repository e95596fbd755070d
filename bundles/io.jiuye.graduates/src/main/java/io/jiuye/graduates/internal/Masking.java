package io.jiuye.graduates.internal;

/** Masks personal numbers for viewers who do not need them (api.md: {@code 110101********0839}, {@code 158****2340}). */
public final class Masking {
    private Masking() {
    }

    public static String idNumber(String n) {
        if (n == null || n.length() < 10) {
            return n == null ? null : "*".repeat(n.length());
        }
        return n.substring(0, 6) + "*".repeat(n.length() - 10) + n.substring(n.length() - 4);
    }

    public static String phone(String p) {
        if (p == null || p.length() < 7) {
            return p == null ? null : "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
