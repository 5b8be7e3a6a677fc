package com.motovaultpro.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Objects;

/**
 * The test server's due-reminder scan, run now: its {@code scheduled_job} row is made due, and the
 * next 10-second tick runs it; {@link #runAndWait} returns once it has (its last run moved).
 */
final class ReminderScanJob {

    private ReminderScanJob() {
    }

    static void runAndWait(LibertyServer server) throws SQLException, InterruptedException {
        try (Connection db = TestDatabase.connect(server); Statement sql = db.createStatement()) {
            Timestamp before = lastRun(sql);
            sql.executeUpdate("UPDATE scheduled_job SET next_run_at = now() WHERE name = 'reminder-scan'");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Objects.equals(before, lastRun(sql))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the due-reminder scan did not run within 30 s");
                }
                Thread.sleep(200);
            }
            Thread.sleep(300); // its batches commit after the run is recorded as started
        }
    }

    private static Timestamp lastRun(Statement sql) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT last_run_at FROM scheduled_job WHERE name = 'reminder-scan'")) {
            row.next();
            return row.getTimestamp(1);
        }
    }
}
