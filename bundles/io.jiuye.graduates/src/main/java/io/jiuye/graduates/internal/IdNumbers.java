package io.jiuye.graduates.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Resident identity card numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** Whether the number has 18 characters, a real birth date and the right check character. */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String n = number.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (CHECK[sum % 11] != n.charAt(17)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.of(2100, 1, 1));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The check character for the first 17 digits (for generating test data). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
