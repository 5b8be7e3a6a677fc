package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.document.storage.S3Storage;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The restore drill: data and documents made through the API (plus bulk records), a backup with
 * db/backup.sh to an S3 location while the server runs, a restore with db/restore.sh into an empty
 * system — a new database and an empty S3 document bucket (cluster mode) — and then every row of
 * every table and every document's checksum compared. Also: a restore never touches a database
 * that is not empty, and a damaged backup is refused and leaves the database empty.
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final int RECORDS = 10_000;
    private static final int DOCUMENTS = 200;
    private static final String BACKUPS = "s3://motovault-backups/drill";
    private static final String RESTORED_BUCKET = "motovault-restored";

    private final LibertyServer server;
    private final S3ProxyServer s3 = new S3ProxyServer("backup-drill");
    private final Path logs = Path.of("target", "backup-drill").toAbsolutePath();
    private Map<String, String> before;
    private long drillVehicle;
    private Api owner;

    BackupRestoreIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    void dataDocumentsAndAnS3Server() throws Exception {
        s3.start();
        Files.createDirectories(logs);
        owner = Api.newUser(server, "drill");
        drillVehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + drillVehicle;
        assertEquals(201, owner.post(base + "/fuel", "{\"date\":\"2024-03-01\",\"odometer\":48250.5,\"quantity\":42.17,"
                + "\"cost\":61.25,\"fullTank\":true,\"tags\":[\"trip\"]}").status());
        Api.Reply service = owner.post(base + "/service", "{\"date\":\"2024-03-02\",\"odometer\":48300,\"cost\":120,"
                + "\"description\":\"Oil \\\\ filter (5W-30)\",\"notes\":\"Line one\\nline\\ttwo, \\\"quoted\\\", ü 🚗\","
                + "\"tags\":[\"oil\",\"spring\"]}");
        assertEquals(201, service.status(), service.body());
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] pdf = ("%PDF-1.4\n% drill document " + i + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);
            assertEquals(201, owner.postMultipart(base + "/documents", Map.of(), "receipt " + i + ".pdf", pdf).status());
        }
        try (Connection c = database("motovault");
             PreparedStatement bulk = c.prepareStatement("INSERT INTO logbook_record (record_type, vehicle_id,"
                     + " record_date, notes, tags, odometer, cost, quantity, fuel_type, full_tank, missed_previous,"
                     + " created_by, updated_by) SELECT 'FUEL', r.vehicle_id, date '2000-01-01' + g, 'bulk ' || g,"
                     + " ARRAY['drill', 'bulk'], 1000 + g * 50.5, 40 + g % 40, 30 + g % 17 * 0.125, r.fuel_type, g % 3 <> 0,"
                     + " false, r.created_by, r.updated_by FROM logbook_record r, generate_series(1, ?) g"
                     + " WHERE r.vehicle_id = ? AND r.record_type = 'FUEL'")) {
            bulk.setInt(1, RECORDS - 2);
            bulk.setLong(2, drillVehicle);
            assertEquals(RECORDS - 2, bulk.executeUpdate());
        }
    }

    @AfterAll
    void stopS3() throws InterruptedException {
        s3.stop();
    }

    @Test
    @Order(1)
    void aBackupWhileTheServerRunsAndARestoreIntoAnEmptySystemBringBackEveryRowAndDocument() throws Exception {
        quietNotifications();
        before = fingerprint("motovault");
        assertTrue(count("motovault", "SELECT count(*) FROM logbook_record WHERE vehicle_id = " + drillVehicle) >= RECORDS);
        long documents = count("motovault", "SELECT count(*) FROM document");
        assertTrue(documents >= DOCUMENTS);

        long started = System.nanoTime();
        Run backup = run("backup", sourceEnvironment(), "db/backup.sh", "--to", BACKUPS);
        long backupMillis = (System.nanoTime() - started) / 1_000_000;
        int unbacked = assertBackedUp(backup);
        assertTrue(backup.output().matches("(?s).*Backup \\d{8}T\\d{6}Z complete: schema \\d+, \\d+ tables, \\d+ rows, "
                + (documents - unbacked) + " documents.*"), backup.output());
        assertEquals(before, fingerprint("motovault"), "the backup changed nothing");
        Run again = run("backup-again", sourceEnvironment(), "db/backup.sh", "--to", BACKUPS);
        assertBackedUp(again);
        assertTrue(again.output().contains((documents - unbacked) + " documents (") && again.output().contains("; 0 copied now"),
                "documents are mirrored, not copied again: " + again.output());

        createDatabase("drill_restored");
        started = System.nanoTime();
        Run restore = run("restore", restoredEnvironment("drill_restored"), "db/restore.sh", "--from", BACKUPS);
        long restoreMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, restore.status(), restore.output());

        Map<String, String> after = fingerprint("drill_restored");
        assertEquals(before.keySet(), after.keySet(), "the same tables and sequences");
        before.forEach((table, print) -> assertEquals(print, after.get(table), table + ": every row the same"));
        // Every document: its bytes are in the restored storage exactly when the original storage
        // had them (documents other tests stored in S3 buckets of their own are missing from this
        // server's directory, before and after), and then they are the same bytes.
        int checked = 0;
        try (Connection c = database("drill_restored"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT storage_key, sha256 FROM document");
             S3Storage bucket = restoredBucket()) {
            while (rs.next()) {
                String key = rs.getString(1);
                boolean original = Files.isRegularFile(originalDocuments().resolve(key));
                try (InputStream in = bucket.open(key)) {
                    assertTrue(original, key + " restored although the original storage did not have it");
                    assertEquals(rs.getString(2), sha256(in), key + ": the same bytes");
                    checked++;
                } catch (com.motovaultpro.document.storage.DocumentStorage.MissingObjectException e) {
                    assertFalse(original, key + " was in the original storage but is not restored");
                }
            }
        }
        assertEquals(documents - unbacked, checked);
        assertTrue(checked >= DOCUMENTS, "the drill's own documents are all there");
        System.out.printf("Restore drill: %d rows in %d tables (%d logbook records), %d documents;"
                        + " backup %d ms, restore %d ms%n", totalRows(after), tables(after),
                count("drill_restored", "SELECT count(*) FROM logbook_record"), checked, backupMillis, restoreMillis);
    }

    @Test
    @Order(2)
    void aBackupTakenWhilePeopleWriteRestoresOneMomentAndPrunesOlderBackups() throws Exception {
        String fuel = "/api/v1/vehicles/" + drillVehicle + "/fuel";
        String mine = "SELECT count(*) FROM logbook_record WHERE vehicle_id = " + drillVehicle;
        long atStart = count("motovault", mine);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get(); i++) {
                Api.Reply reply = owner.post(fuel, "{\"date\":\"2025-01-01\",\"odometer\":" + (900_000 + i)
                        + ",\"quantity\":40,\"cost\":60,\"fullTank\":true,\"confirmLowerOdometer\":true"
                        + ",\"confirmHighOdometer\":true}");
                if (reply.status() == 201) {
                    written.incrementAndGet();
                }
            }
        });
        writer.start();
        Thread.sleep(300);
        Map<String, String> env = sourceEnvironment();
        env.put("MOTOVAULT_BACKUP_KEEP", "1");
        Run backup = run("backup-while-writing", env, "db/backup.sh", "--to", BACKUPS);
        writing.set(false);
        writer.join(30_000);
        long atEnd = count("motovault", mine);
        assertBackedUp(backup);
        assertTrue(written.get() > 0 && atEnd > atStart, "writes went on during the backup: " + written.get());
        assertTrue(backup.output().contains("Deleted old backup"), "keep 1: the older backups go: " + backup.output());
        Run list = run("list-after-prune", sourceEnvironment(), "db/motovault-backup.sh", "list", "--from", BACKUPS);
        assertTrue(list.output().startsWith("1 complete backup(s)"), list.output());

        createDatabase("drill_concurrent");
        Run restore = run("restore-concurrent", restoredEnvironment("drill_concurrent"), "db/restore.sh", "--from", BACKUPS);
        assertEquals(0, restore.status(), restore.output());
        long restored = count("drill_concurrent", mine);
        assertTrue(restored >= atStart && restored <= atEnd, atStart + " <= " + restored + " <= " + atEnd);
        // One moment: every sequence is at least where its table's rows are, so the restored system
        // hands out new ids without collisions.
        try (Connection c = database("drill_concurrent"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname, a.attname, pg_get_serial_sequence(c.relname::text, a.attname)"
                     + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE n.nspname = 'public' AND a.attidentity <> ''")) {
            List<String[]> identities = new ArrayList<>();
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            assertFalse(identities.isEmpty());
            for (String[] identity : identities) {
                try (Statement check = c.createStatement(); ResultSet r = check.executeQuery("SELECT coalesce(max(\""
                        + identity[1] + "\"), 0) <= (SELECT last_value FROM " + identity[2] + ") OR NOT EXISTS (SELECT 1 FROM \""
                        + identity[0] + "\") FROM \"" + identity[0] + "\"")) {
                    r.next();
                    assertTrue(r.getBoolean(1), identity[0] + "." + identity[1] + " ahead of its sequence");
                }
            }
        }
    }

    @Test
    @Order(3)
    void aRestoreNeverTouchesADatabaseThatIsNotEmpty() throws Exception {
        Map<String, String> restored = fingerprint("drill_restored");
        Run again = run("restore-again", restoredEnvironment("drill_restored"), "db/restore.sh", "--from", BACKUPS);
        assertEquals(1, again.status(), again.output());
        assertTrue(again.output().contains("restore failed: the database is not empty"), again.output());
        assertEquals(restored, fingerprint("drill_restored"), "nothing changed");
    }

    @Test
    @Order(4)
    void aDamagedBackupIsRefusedAndLeavesTheDatabaseEmpty() throws Exception {
        String name = newestBackup();
        MinioClient client = s3Client();
        byte[] garbage = "not what was backed up".getBytes(StandardCharsets.US_ASCII);
        client.putObject(PutObjectArgs.builder().bucket("motovault-backups")
                .object("drill/" + name + "/database/vehicle.copy.gz")
                .stream(new ByteArrayInputStream(garbage), garbage.length, -1).build());
        createDatabase("drill_damaged");
        Run restore = run("restore-damaged", restoredEnvironment("drill_damaged"), "db/restore.sh", "--from", BACKUPS,
                "--backup", name);
        assertEquals(1, restore.status(), restore.output());
        assertTrue(restore.output().contains(name + "/database/vehicle.copy.gz is damaged"), restore.output());
        assertEquals(0, count("drill_damaged", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public'"), "what the failed restore created is gone (tables, sequences, indexes):"
                + " the database can take a restore again");
    }

    @Test
    @Order(5)
    void aBackupOfANewerSchemaIsRefusedBeforeAnythingIsWritten() throws Exception {
        String name = newestBackup();
        MinioClient client = s3Client();
        String manifest;
        try (InputStream in = client.getObject(io.minio.GetObjectArgs.builder().bucket("motovault-backups")
                .object("drill/" + name + "/manifest.tsv").build())) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] future = manifest.replaceFirst("\nschema\t[^\n]+", "\nschema\t999").getBytes(StandardCharsets.UTF_8);
        String futureName = "29991231T235959Z";
        client.putObject(PutObjectArgs.builder().bucket("motovault-backups").object("drill/" + futureName + "/manifest.tsv")
                .stream(new ByteArrayInputStream(future), future.length, -1).build());
        createDatabase("drill_future");
        Map<String, String> env = restoredEnvironment("drill_future");
        env.put("MOTOVAULT_S3_BUCKET", "motovault-untouched");
        Run restore = run("restore-future", env, "db/restore.sh", "--from", BACKUPS, "--backup", futureName);
        assertEquals(1, restore.status(), restore.output());
        assertTrue(restore.output().contains("the backup's schema is version 999"), restore.output());
        assertEquals(0, count("drill_future", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public'"), "nothing created in the database");
        assertTrue(!client.bucketExists(io.minio.BucketExistsArgs.builder().bucket("motovault-untouched").build())
                || !client.listObjects(io.minio.ListObjectsArgs.builder().bucket("motovault-untouched").build())
                        .iterator().hasNext(), "no document written");
    }

    /**
     * The backup succeeded: status 0, or 3 when documents of other tests are missing from this
     * server's storage (they went to S3 buckets of their own while the server ran in S3 mode) —
     * each one named really is missing, and none is the drill's. Returns how many were named.
     */
    private int assertBackedUp(Run backup) {
        List<String> missing = backup.output().lines().filter(l -> l.startsWith("document not backed up: "))
                .map(l -> l.substring("document not backed up: ".length(), l.indexOf(": missing from the document storage")))
                .toList();
        assertEquals(missing.isEmpty() ? 0 : 3, backup.status(), backup.output());
        for (String key : missing) {
            assertFalse(key.startsWith("vehicles/" + drillVehicle + "/"), "a drill document is missing: " + key);
            assertFalse(Files.exists(originalDocuments().resolve(key)), key + " is there, yet reported missing");
        }
        return missing.size();
    }

    private Path originalDocuments() {
        return server.dataDir().resolve("documents");
    }

    /**
     * The server's own background writes stop, so that "before" is still the database when the
     * backup is taken: notifications earlier tests left to retry (to receivers long gone) are given
     * up, and the due-reminder scan and digests wait a day.
     */
    private void quietNotifications() throws SQLException {
        try (Connection c = database("motovault"); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE notification_outbox SET status = 'FAILED', last_error = 'test: given up'"
                    + " WHERE status = 'PENDING'");
            st.executeUpdate("UPDATE scheduled_job SET next_run_at = now() + interval '1 day'");
            st.executeUpdate("UPDATE notification_preference SET next_digest_at = now() + interval '1 day'"
                    + " WHERE next_digest_at IS NOT NULL");
        }
    }

    /** Every table's row count and a digest of all its rows, and every sequence's position. */
    private Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = database(database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n'"
                        + " ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
                    rs.next();
                    prints.put("table " + table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                    + " WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    prints.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
                }
            }
        }
        return prints;
    }

    private static long totalRows(Map<String, String> prints) {
        return prints.entrySet().stream().filter(e -> e.getKey().startsWith("table "))
                .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
    }

    private static long tables(Map<String, String> prints) {
        return prints.keySet().stream().filter(k -> k.startsWith("table ")).count();
    }

    private Map<String, String> sourceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MOTOVAULT_DB_URL", TestDatabase.url(server, "motovault"));
        env.put("MOTOVAULT_DB_USER", "postgres");
        env.put("MOTOVAULT_DB_PASSWORD", TestDatabase.password(server));
        env.put("MOTOVAULT_DATA_DIR", server.dataDir().toString());
        env.put("MOTOVAULT_BACKUP_S3_ENDPOINT", s3.endpoint());
        env.put("MOTOVAULT_BACKUP_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY);
        env.put("MOTOVAULT_BACKUP_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY);
        return env;
    }

    private Map<String, String> restoredEnvironment(String database) {
        Map<String, String> env = sourceEnvironment();
        env.put("MOTOVAULT_DB_URL", TestDatabase.url(server, database));
        env.put("MOTOVAULT_DATA_DIR", logs.resolve("restored-data").toString());
        env.put("MOTOVAULT_DOCUMENTS_STORAGE", "s3");
        env.put("MOTOVAULT_S3_ENDPOINT", s3.endpoint());
        env.put("MOTOVAULT_S3_ACCESS_KEY", S3ProxyServer.ACCESS_KEY);
        env.put("MOTOVAULT_S3_SECRET_KEY", S3ProxyServer.SECRET_KEY);
        env.put("MOTOVAULT_S3_BUCKET", RESTORED_BUCKET);
        return env;
    }

    private MinioClient s3Client() {
        return MinioClient.builder().endpoint(s3.endpoint())
                .credentials(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY).build();
    }

    private S3Storage restoredBucket() {
        return new S3Storage(s3.endpoint(), "us-east-1", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY,
                RESTORED_BUCKET);
    }

    private String newestBackup() throws Exception {
        Run list = run("list", sourceEnvironment(), "db/motovault-backup.sh", "list", "--from", BACKUPS);
        assertEquals(0, list.status(), list.output());
        String[] lines = list.output().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    record Run(int status, String output) {
    }

    /** Runs one of the scripts as an operator would: its own process, configured by environment only. */
    private Run run(String name, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("MOTOVAULT_"));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(logs.resolve(name + ".log")));
    }

    private void createDatabase(String name) throws SQLException {
        try (Connection c = database("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
        }
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection c = database(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection database(String name) throws SQLException {
        return TestDatabase.connect(server, name);
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
