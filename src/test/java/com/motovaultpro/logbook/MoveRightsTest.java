package com.motovaultpro.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.vehicle.VehicleRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moving within one owner's vehicles is an edit; moving out of the owner's reach is a manager's decision. */
class MoveRightsTest {

    @ParameterizedTest(name = "{0} -> {2}, same owner {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OWNER   | true  | OWNER   | true
            OWNER   | false | EDITOR  | true
            OWNER   | false | VIEWER  | false
            MANAGER | false | OWNER   | true
            MANAGER | false | EDITOR  | true
            MANAGER | true  | MANAGER | true
            EDITOR  | true  | EDITOR  | true
            EDITOR  | true  | MANAGER | true
            EDITOR  | false | OWNER   | false
            EDITOR  | false | MANAGER | false
            EDITOR  | true  | VIEWER  | false
            VIEWER  | true  | OWNER   | false
            VIEWER  | false | OWNER   | false
            """)
    void mayMove(VehicleRole onSource, boolean sameOwner, VehicleRole onTarget, boolean allowed) {
        long sourceOwner = 1;
        long targetOwner = sameOwner ? 1 : 2;

        assertEquals(allowed, MoveRights.allowed(onSource, sourceOwner, onTarget, targetOwner));
    }
}
