package com.motovaultpro.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupStampTest {

    @Test
    void theNameIsTheSnapshotsMomentInUtcAndSortsInTimeOrder() {
        assertEquals("20261122T013000Z", BackupStamp.of(Instant.parse("2026-11-22T01:30:00.999Z")));
        assertTrue(BackupStamp.of(Instant.parse("2026-11-22T09:00:00Z"))
                .compareTo(BackupStamp.of(Instant.parse("2026-11-21T23:59:59Z"))) > 0);
        assertTrue(BackupStamp.isStamp("20261122T013000Z"));
        assertFalse(BackupStamp.isStamp("lost+found"));
        assertFalse(BackupStamp.isStamp("20261122T0130Z"));
    }

    private static List<String> names(String list) {
        return list == null ? List.of() : Arrays.asList(list.trim().split("\\s+"));
    }

    /** Long after every stamp below: no backup of theirs can still be running. */
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");

    @ParameterizedTest(name = "keep {2} of [{0}], incomplete [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            20260101T000000Z 20260102T000000Z 20260103T000000Z |                  | 2 | 20260101T000000Z
            20260101T000000Z 20260102T000000Z                  |                  | 2 |
            20260103T000000Z 20260101T000000Z 20260102T000000Z |                  | 1 | 20260101T000000Z 20260102T000000Z
            20260102T000000Z                                   | 20260101T000000Z | 5 | 20260101T000000Z
            20260102T000000Z                                   | 20260103T000000Z | 1 |
            | 20260101T000000Z                                                    | 1 |
            20260101T000000Z lost+found                        | notes            | 1 |
            """)
    void keepsTheNewestCompleteOnesAndNeverABackupInProgress(String complete, String incomplete, int keep,
                                                             String expired) {
        assertEquals(names(expired), BackupStamp.expired(names(complete), names(incomplete), keep, LATER));
    }

    @Test
    void anIncompleteBackupThatMayStillBeRunningIsKeptEvenIfANewerOneFinished() {
        Instant now = Instant.parse("2026-01-02T00:10:00Z");
        List<String> complete = List.of("20260102T000500Z");
        assertEquals(List.of(), BackupStamp.expired(complete, List.of("20260102T000000Z"), 1, now),
                "started 10 minutes ago, before the newer one: still being written");
        assertEquals(List.of("20260101T170000Z"), BackupStamp.expired(complete, List.of("20260101T170000Z"), 1, now),
                "seven hours old: it was cut off");
        assertTrue(BackupStamp.mayBeInProgress("20260101T190000Z", now));
        assertFalse(BackupStamp.mayBeInProgress("20260101T180000Z", now));
    }

    @Test
    void keepingNoneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BackupStamp.expired(List.of(), List.of(), 0, LATER));
    }
}
