package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 people (issue 17), each with a vehicle, a past-due reminder and a confirmed e-mail channel
 * at the tests' SMTP server (GreenMail): how long the due-reminder scan and the outbox take to
 * deliver everyone's notification, then everyone's daily digest, and what that does to page times.
 * Not part of the suite (its name ends in neither Test nor IT). Run it alone:
 *
 * <pre>mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NotificationBenchmark</pre>
 *
 * ({@code -Dnotification.benchmark.people=1000} for a shorter run.) People are seeded with SQL (the
 * benchmark is about notifications, not sign-ups). Meanwhile four threads load the garage page of a
 * signed-in person; its p50/p95 before (30 s, after a 20-s warm-up) and while the digests go out
 * are reported. The
 * report goes to stdout and target/benchmark/notifications.md.
 */
@ExtendWith(RunningServer.class)
class NotificationBenchmark {

    private static final int PEOPLE = Integer.getInteger("notification.benchmark.people", 10_000);
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final LibertyServer server;

    NotificationBenchmark(LibertyServer server) {
        this.server = server;
    }

    @Test
    void tenThousandPeopleAreToldAndGetTheirDigest() throws Exception {
        MailServer mail = MailServer.shared();
        String run = "nb" + UUID.randomUUID().toString().substring(0, 6);
        String domain = run + ".test";
        try (Connection db = TestDatabase.connect(server); Statement sql = db.createStatement()) {
            // The scan waits until the benchmark starts it (a scan of the server's own start would
            // otherwise find the people as they are seeded, during the baseline page load).
            sql.executeUpdate("UPDATE scheduled_job SET next_run_at = now() + interval '1 day' WHERE name = 'reminder-scan'");
            long seedStart = System.nanoTime();
            sql.executeUpdate("INSERT INTO user_account (username, locale) SELECT '" + run + "-' || g, 'en'"
                    + " FROM generate_series(1, " + PEOPLE + ") g");
            String people = "SELECT id FROM user_account WHERE username LIKE '" + run + "-%'";
            sql.executeUpdate("INSERT INTO vehicle (owner_id, model_year, make, model, fuel_type, odometer_unit)"
                    + " SELECT id, 2019, 'Honda', 'Civic', 'GASOLINE', 'KILOMETERS' FROM (" + people + ") p");
            sql.executeUpdate("INSERT INTO reminder (vehicle_id, description, due_date, created_by, updated_by)"
                    + " SELECT v.id, 'Inspection', current_date - 1, 'bench', 'bench' FROM vehicle v WHERE v.owner_id IN ("
                    + people + ")");
            sql.executeUpdate("INSERT INTO notification_channel (user_id, kind, name, target, events, confirmed_at,"
                    + " unsubscribe_token) SELECT u.id, 'EMAIL', 'Mail', u.username || '@" + domain + "',"
                    + " 'DIGEST,REMINDER_DUE', now(), md5(random()::text || u.id) FROM user_account u WHERE u.id IN ("
                    + people + ")");
            sql.executeUpdate("INSERT INTO notification_preference (user_id, digest, digest_hour, next_digest_at)"
                    + " SELECT id, 'DAILY', 7, now() + interval '1 day' FROM (" + people + ") p");
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

            Api watcher = Api.newUser(server, "bench-notify-pages");
            PageSession pages = PageSession.signedIn(server, watcher.username());
            assertEquals(200, pages.get("/index.xhtml").statusCode());
            load(pages, Duration.ofSeconds(20), null); // warm-up: the baseline is not a cold server's
            List<Long> before = load(pages, Duration.ofSeconds(30), null);

            // The due-reminder scan and its notifications.
            long scanStart = System.nanoTime();
            sql.executeUpdate("UPDATE scheduled_job SET next_run_at = now() WHERE name = 'reminder-scan'");
            long scanDelivered = awaitSent(sql, "REMINDER_DUE", people, scanStart);
            String scanResult = single(sql, "SELECT last_result FROM scheduled_job WHERE name = 'reminder-scan'");
            System.out.println("NotificationBenchmark: scan job " + single(sql, "SELECT last_run_at || ' -> ' || next_run_at"
                    + " FROM scheduled_job WHERE name = 'reminder-scan'"));

            // The digests, with the page load running meanwhile.
            long digestStart = System.nanoTime();
            sql.executeUpdate("UPDATE notification_preference SET next_digest_at = now() WHERE user_id IN (" + people + ")");
            AtomicBoolean delivering = new AtomicBoolean(true);
            List<Long> during = Collections.synchronizedList(new ArrayList<>());
            Thread loader = new Thread(() -> during.addAll(load(pages, LIMIT, delivering)));
            loader.start();
            long digestDelivered = awaitSent(sql, "DIGEST", people, digestStart);
            delivering.set(false);
            loader.join();
            int mails = mail.to(domain).size();

            String report = String.format("""
                    # Notification benchmark (%d people)

                    | step | time | messages/s |
                    |---|---|---|
                    | seeding (SQL) | %.1f s | – |
                    | due-reminder scan to the last notification sent | %.1f s | %.0f |
                    | the scan itself (scheduled_job.last_result) | %s | – |
                    | digests due to the last digest sent | %.1f s | %.0f |

                    Mails at the SMTP server: %d (expected %d).

                    | garage page, 4 threads | requests | p50 | p95 |
                    |---|---|---|---|
                    | before | %d | %d ms | %d ms |
                    | while digests are delivered | %d | %d ms | %d ms |
                    """, PEOPLE, seedMillis / 1000.0, scanDelivered / 1000.0, PEOPLE * 1000.0 / scanDelivered, scanResult,
                    digestDelivered / 1000.0, PEOPLE * 1000.0 / digestDelivered, mails, 2 * PEOPLE,
                    before.size(), percentile(before, 50), percentile(before, 95),
                    during.size(), percentile(during, 50), percentile(during, 95));
            System.out.println(report);
            Files.createDirectories(Path.of("target/benchmark"));
            Files.writeString(Path.of("target/benchmark/notifications.md"), report);
            assertEquals(2 * PEOPLE, mails);
        }
    }

    /** Milliseconds from {@code start} until every bench person's notification of {@code event} is sent. */
    private static long awaitSent(Statement sql, String event, String people, long start) throws Exception {
        long deadline = start + LIMIT.toNanos();
        long sent = 0;
        while (System.nanoTime() < deadline) {
            sent = Long.parseLong(single(sql, "SELECT count(*) FROM notification_outbox WHERE event = '" + event
                    + "' AND status = 'SENT' AND user_id IN (" + people + ")"));
            if (sent >= PEOPLE) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(event + ": only " + sent + " of " + PEOPLE + " sent within " + LIMIT);
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Garage page times (ms) from 4 threads, for {@code duration} or while {@code running} is true. */
    private static List<Long> load(PageSession pages, Duration duration, AtomicBoolean running) {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end && (running == null || running.get())) {
                    long start = System.nanoTime();
                    pages.get("/index.xhtml");
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ArrayList<>(times);
    }

    private static long percentile(List<Long> times, int p) {
        if (times.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
