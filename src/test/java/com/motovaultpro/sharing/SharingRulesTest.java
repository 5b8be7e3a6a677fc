package com.motovaultpro.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.motovaultpro.vehicle.VehicleRole;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharingRulesTest {

    @ParameterizedTest(name = "{0} grants {3} to {2} (self={1}) -> {4}")
    @CsvSource({
            // actor,  self,  current, granted, refusal
            "OWNER,    false, -,       VIEWER,  -",
            "OWNER,    false, -,       EDITOR,  -",
            "OWNER,    false, -,       MANAGER, -",
            "OWNER,    false, MANAGER, VIEWER,  -",
            "OWNER,    false, VIEWER,  MANAGER, -",
            "MANAGER,  false, -,       VIEWER,  -",
            "MANAGER,  false, -,       EDITOR,  -",
            "MANAGER,  false, VIEWER,  EDITOR,  -",
            "MANAGER,  false, EDITOR,  VIEWER,  -",
            "MANAGER,  false, -,       MANAGER, MANAGER_ONLY_BY_OWNER",
            "MANAGER,  false, EDITOR,  MANAGER, MANAGER_ONLY_BY_OWNER",
            "MANAGER,  false, MANAGER, VIEWER,  TARGET_IS_MANAGER",
            "MANAGER,  true,  MANAGER, VIEWER,  OWN_ROLE",
            "EDITOR,   false, -,       VIEWER,  NOT_MANAGER",
            "EDITOR,   false, VIEWER,  EDITOR,  NOT_MANAGER",
            "EDITOR,   true,  EDITOR,  MANAGER, OWN_ROLE",
            "VIEWER,   true,  VIEWER,  EDITOR,  OWN_ROLE",
            "VIEWER,   false, -,       VIEWER,  NOT_MANAGER",
    })
    void grant(VehicleRole actor, boolean self, String current, VehicleRole granted, String refusal) {
        assertEquals(expected(refusal), SharingRules.mayGrant(actor, self, role(current), granted));
    }

    @ParameterizedTest(name = "{0} removes {2} (self={1}) -> {3}")
    @CsvSource({
            "OWNER,   false, VIEWER,  -",
            "OWNER,   false, MANAGER, -",
            "OWNER,   true,  OWNER,   OWNER_CANNOT_LEAVE",
            "MANAGER, false, VIEWER,  -",
            "MANAGER, false, EDITOR,  -",
            "MANAGER, false, MANAGER, TARGET_IS_MANAGER",
            "MANAGER, true,  MANAGER, -",
            "EDITOR,  true,  EDITOR,  -",
            "VIEWER,  true,  VIEWER,  -",
            "EDITOR,  false, VIEWER,  NOT_MANAGER",
            "VIEWER,  false, EDITOR,  NOT_MANAGER",
    })
    void remove(VehicleRole actor, boolean self, VehicleRole current, String refusal) {
        assertEquals(expected(refusal), SharingRules.mayRemove(actor, self, current));
    }

    @org.junit.jupiter.api.Test
    void ownerIsNoCollaboratorRole() {
        assertThrows(IllegalArgumentException.class,
                () -> SharingRules.mayGrant(VehicleRole.OWNER, false, null, VehicleRole.OWNER));
    }

    private static VehicleRole role(String text) {
        return "-".equals(text) ? null : VehicleRole.valueOf(text);
    }

    private static Optional<SharingRules.Refusal> expected(String text) {
        return "-".equals(text) ? Optional.empty() : Optional.of(SharingRules.Refusal.valueOf(text));
    }
}
