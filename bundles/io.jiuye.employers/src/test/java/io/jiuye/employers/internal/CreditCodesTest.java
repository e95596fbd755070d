package io.jiuye.employers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unified social credit codes, GB 32100-2015. */
class CreditCodesTest {

    @Test
    void aComputedCodeOfTheRealFormatIsValid() {
        // 9 (registered by the market regulator) 1 (enterprise) 420100 (Wuhan) MA4KX1234 (organisation code) + check
        // character: the weighted sum of the 17 characters is 1663, 1663 mod 31 = 20, 31 - 20 = 11 → 'B'
        String first17 = "91420100MA4KX1234";
        assertEquals('B', CreditCodes.checkCharacter(first17));
        assertTrue(CreditCodes.isValid(first17 + "B"));
        assertTrue(CreditCodes.isValid("91110000802100433B"), "a published code of a Beijing enterprise");
        assertTrue(CreditCodes.isValid("911100001000044477"));
    }

    @Test
    void aCheckOf31IsWrittenAsZero() {
        // 17 characters whose weighted sum is a multiple of 31: the check value 31 - 0 = 31 wraps to '0'
        String first17 = "00000000000000000";
        assertEquals('0', CreditCodes.checkCharacter(first17));
        assertTrue(CreditCodes.isValid(first17 + "0"));
    }

    @Test
    void wrongCodesAreInvalid() {
        assertFalse(CreditCodes.isValid("91420100MA4KX1234C"), "wrong check character");
        assertFalse(CreditCodes.isValid("911306007216356986"), "the example in seed 001's screenshot (check is E)");
        assertFalse(CreditCodes.isValid("91420100MA4KX1234"), "17 characters");
        assertFalse(CreditCodes.isValid("91420100MA4KX1234BB"), "19 characters");
        assertFalse(CreditCodes.isValid("91420100MA4KI1234B"), "I is not in the alphabet");
        assertFalse(CreditCodes.isValid("91420100MA4KO1234B"), "O is not in the alphabet");
        assertFalse(CreditCodes.isValid("91420100ma4kx1234b"), "lower case only after normalizing");
        assertTrue(CreditCodes.isValid(CreditCodes.normalize(" 91420100ma4kx1234b ")));
        assertFalse(CreditCodes.isValid(null));
        assertFalse(CreditCodes.isValid(""));
    }

    @Test
    void everyCharacterChangeIsCaught() {
        String valid = "91110000802100433B";
        for (int i = 0; i < 17; i++) {
            for (char c : CreditCodes.CHARSET.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertFalse(CreditCodes.isValid(changed), changed);
                }
            }
        }
    }
}
