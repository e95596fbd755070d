package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ID number checks (GB 11643) and masking. */
class IdNumbersTest {

    @Test
    void acceptsRealNumbersAndRefusesBrokenOnes() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertTrue(IdNumbers.isValid("11010519491231002x"));
        assertTrue(IdNumbers.isValid("44052419800101001" + IdNumbers.checkCharacter("44052419800101001")));
        assertFalse(IdNumbers.isValid("110105194912310021"), "wrong check character");
        assertFalse(IdNumbers.isValid("110105194913310025"), "month 13");
        assertFalse(IdNumbers.isValid("11010519491231002"), "17 characters");
        assertFalse(IdNumbers.isValid("1101051949123100AX"), "letters");
        assertFalse(IdNumbers.isValid(null));
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
    }

    @Test
    void masksAsTheApiConventionsShow() {
        assertEquals("110101********0839", Masking.idNumber("110101199507010839"));
        assertEquals("158****2340", Masking.phone("15800002340"));
        assertEquals(null, Masking.phone(null));
    }
}
