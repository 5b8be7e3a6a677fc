package com.motovaultpro.vehicle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VehicleRoleTest {

    @ParameterizedTest(name = "{0}: read={1}, edit records={2}, manage={3}")
    @CsvSource({
            "VIEWER,  true, false, false",
            "EDITOR,  true, true,  false",
            "MANAGER, true, true,  true",
            "OWNER,   true, true,  true",
    })
    void permissions(VehicleRole role, boolean read, boolean editRecords, boolean manage) {
        assertEquals(read, role.allows(Permission.READ));
        assertEquals(editRecords, role.allows(Permission.EDIT_RECORDS));
        assertEquals(manage, role.allows(Permission.MANAGE));
    }

    @ParameterizedTest(name = "{0} with a {1} key acts as {2}")
    @CsvSource({
            "OWNER,   MANAGER, MANAGER",
            "OWNER,   EDITOR,  EDITOR",
            "OWNER,   VIEWER,  VIEWER",
            "MANAGER, MANAGER, MANAGER",
            "MANAGER, VIEWER,  VIEWER",
            "EDITOR,  MANAGER, EDITOR",
            "EDITOR,  EDITOR,  EDITOR",
            "VIEWER,  MANAGER, VIEWER",
            "VIEWER,  EDITOR,  VIEWER",
    })
    void aKeyScopeCapsTheRoleNeverRaisesIt(VehicleRole role, VehicleRole scope, VehicleRole effective) {
        assertEquals(effective, role.cappedAt(scope));
    }
}
