package com.motovaultpro.backup;

import com.motovaultpro.platform.config.ConfigProblem;
import com.motovaultpro.platform.config.ConfigurationException;
import com.motovaultpro.platform.config.EnvironmentName;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code db/backup.sh} and {@code db/restore.sh}: the command line around {@link Backup} and
 * {@link Restore}. Configuration comes from the server's own keys (system properties, then
 * environment variables, as MicroProfile Config maps them). Exit status: 0 done, 1 failed,
 * 2 wrong usage or configuration, 3 backup written but some documents' bytes were missing or damaged.
 */
public final class BackupCommand {

    static final String USAGE = """
            usage: backup  [--to LOCATION]
                   restore [--from LOCATION] [--backup NAME]
                   list    [--from LOCATION]
            LOCATION is a directory or s3://bucket/prefix (default: motovault.backup.target,
            or <data dir>/backups); NAME a backup's name as list shows it (default: the newest).""";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(EnvironmentName.of(key))))
                .filter(v -> !v.isBlank()), Path.of(System.getProperty("user.home")), System.out, System.err));
    }

    static int run(String[] args, Function<String, Optional<String>> config, Path home, PrintStream out,
                   PrintStream err) {
        Map<String, String> options = new HashMap<>();
        String action = args.length == 0 ? "" : args[0];
        List<String> allowed = switch (action) {
            case "backup" -> List.of("--to");
            case "restore" -> List.of("--from", "--backup");
            case "list" -> List.of("--from");
            default -> List.of();
        };
        List<String> wrong = new ArrayList<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!allowed.contains(args[i]) || i + 1 >= args.length) {
                wrong.add(args[i]);
            } else {
                options.put(args[i], args[i + 1]);
            }
        }
        if (allowed.isEmpty() || !wrong.isEmpty()) {
            err.println((allowed.isEmpty() ? "unknown action '" + action + "'" : "cannot use " + wrong) + "\n" + USAGE);
            return 2;
        }
        Optional<String> location = Optional.ofNullable(options.getOrDefault("--to", options.get("--from")));
        BackupSettings settings;
        try {
            settings = BackupSettings.read(config, home, location);
        } catch (ConfigurationException e) {
            e.problems().stream().map(ConfigProblem::describe).forEach(err::println);
            return 2;
        }
        try {
            return switch (action) {
                case "backup" -> backup(settings, out, err);
                case "restore" -> restore(settings, Optional.ofNullable(options.get("--backup")), out);
                default -> list(settings, out);
            };
        } catch (RestoreException e) {
            err.println(action + " failed: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(action + " failed: " + e);
            return 1;
        }
    }

    private static int backup(BackupSettings settings, PrintStream out, PrintStream err) throws Exception {
        out.println("Backing up " + settings.database() + " and " + settings.documents().storage().name()
                .toLowerCase(Locale.ROOT) + " documents to " + settings.target());
        Backup.Result result = Backup.run(settings);
        BackupManifest m = result.manifest();
        out.printf(Locale.ROOT, "Backup %s complete: schema %s, %d tables, %d rows, %d documents (%d bytes; %d copied now,"
                        + " the rest already mirrored), %.1f s%n", result.folder(), m.schemaVersion(), m.tables().size(),
                m.rows(), m.documents().size(), m.documentBytes(), result.documentsCopied(),
                result.took().toMillis() / 1000.0);
        result.deleted().forEach(folder -> out.println("Deleted old backup " + folder + " (keeping " + settings.keep() + ")"));
        if (result.documentsDeleted() > 0) {
            out.println("Deleted " + result.documentsDeleted() + " mirrored document(s) no kept backup lists");
        }
        if (!result.problems().isEmpty()) {
            result.problems().forEach(p -> err.println("document not backed up: " + p));
            err.println(result.problems().size() + " document(s) could not be backed up: their bytes are missing or"
                    + " damaged in the document storage itself (see docs/operations/backup-restore.md)");
            return 3;
        }
        return 0;
    }

    private static int restore(BackupSettings settings, Optional<String> which, PrintStream out) throws Exception {
        out.println("Restoring into " + settings.database() + " and " + settings.documents().storage().name()
                .toLowerCase(Locale.ROOT) + " documents from " + settings.target());
        Restore.Result result = Restore.run(settings, which);
        BackupManifest m = result.manifest();
        out.printf(Locale.ROOT, "Restored backup %s (taken %s): schema %s, %d tables, %d rows, %d documents, %.1f s%n",
                result.folder(), m.created(), m.schemaVersion(), m.tables().size(), m.rows(), m.documents().size(),
                result.took().toMillis() / 1000.0);
        return 0;
    }

    private static int list(BackupSettings settings, PrintStream out) throws Exception {
        try (BackupTarget target = settings.openTarget()) {
            List<String> backups = Backup.list(target);
            out.println(backups.size() + " complete backup(s) in " + target.describe());
            backups.forEach(out::println);
        }
        return 0;
    }
}
