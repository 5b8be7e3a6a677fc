package com.motovaultpro.backup;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.AppSettingsParser;
import com.motovaultpro.platform.config.ConfigKeys;
import com.motovaultpro.platform.config.ConfigProblem;
import com.motovaultpro.platform.config.ConfigurationException;
import com.motovaultpro.platform.config.DocumentSettings;
import com.motovaultpro.platform.config.SettingsReader;
import com.motovaultpro.platform.database.EmbeddedPassword;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the backup and restore commands need, read from the same configuration keys as the server
 * (in the same environment variables: {@code MOTOVAULT_DB_URL}, {@code MOTOVAULT_DOCUMENTS_STORAGE},
 * …) plus their own {@code motovault.backup.*} keys, with the same validation.
 */
public record BackupSettings(Database database, DocumentSettings documents, String target, int keep,
                             Optional<S3Access> targetS3) {

    /**
     * How to reach the database: the configured one, or the embedded one on its loopback port with
     * the password the server generated for it.
     */
    public record Database(String url, String user, String password) {
        @Override
        public String toString() {
            return url + " as " + user;
        }
    }

    /** Credentials for an {@code s3://} backup location. */
    public record S3Access(String endpoint, String region, String accessKey, String secretKey) {
        @Override
        public String toString() {
            return endpoint + " (" + region + ")";
        }
    }

    /**
     * @param location the backup location named on the command line, which takes the place of
     *                 {@code motovault.backup.target}
     */
    public static BackupSettings read(Function<String, Optional<String>> source, Path userHome,
                                      Optional<String> location) {
        AppSettings app = AppSettingsParser.parse(source, userHome);
        SettingsReader in = new SettingsReader(source);
        Database database = app.database().embedded()
                ? new Database("jdbc:postgresql://127.0.0.1:" + app.database().embeddedPort() + "/motovault",
                        EmbeddedPassword.USER, embeddedPassword(in, app.embeddedDatabasePasswordFile()))
                : new Database(app.database().externalUrl().get(), in.optional(ConfigKeys.DB_USER).get(),
                        in.optional(ConfigKeys.DB_PASSWORD).get());
        String target = location.or(() -> in.optional(ConfigKeys.BACKUP_TARGET))
                .orElse(app.dataDir().resolve("backups").toString());
        int keep = in.integer(ConfigKeys.BACKUP_KEEP, 14, 1, 10_000);
        Optional<S3Access> s3 = Optional.empty();
        if (target.startsWith("s3://")) {
            try {
                S3Target.S3Location.parse(target);
            } catch (IllegalArgumentException e) {
                in.reject(ConfigKeys.BACKUP_TARGET, e.getMessage());
            }
            s3 = s3Access(in, app.documents());
        }
        List<ConfigProblem> problems = in.problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new BackupSettings(database, app.documents(), target, keep, s3);
    }

    /**
     * The embedded database's password, from the file the server wrote on its first start: the
     * commands run on the server's machine, as its user, like the server itself. Without the file
     * the server has not started with this data directory since it began to set one, so its
     * database still lets local connections in without it (and {@code list} needs none).
     */
    private static String embeddedPassword(SettingsReader in, Path file) {
        try {
            return EmbeddedPassword.read(file).orElse("");
        } catch (IOException e) {
            in.reject(ConfigKeys.DATA_DIR, "the embedded database's password could not be read (" + e.getMessage()
                    + "): run the command as the server's user");
            return "";
        }
    }

    /**
     * An S3 location is reached with its own endpoint and keys (all three, so credentials never go
     * to an endpoint they were not meant for), or, when none of them is set, with the documents'
     * S3 connection.
     */
    private static Optional<S3Access> s3Access(SettingsReader in, DocumentSettings documents) {
        List<String> own = List.of(ConfigKeys.BACKUP_S3_ENDPOINT, ConfigKeys.BACKUP_S3_ACCESS_KEY,
                ConfigKeys.BACKUP_S3_SECRET_KEY);
        boolean anyOwn = own.stream().anyMatch(key -> in.optional(key).isPresent());
        if (!anyOwn && documents.s3().isPresent()) {
            DocumentSettings.S3 shared = documents.s3().get();
            return Optional.of(new S3Access(shared.endpoint().toString(),
                    in.optional(ConfigKeys.BACKUP_S3_REGION).orElse(shared.region()), shared.accessKey(),
                    shared.secretKey()));
        }
        Optional<java.net.URI> endpoint = in.httpUrl(ConfigKeys.BACKUP_S3_ENDPOINT);
        String why = anyOwn ? "is required with the other motovault.backup.s3.* keys"
                : "is required for an s3:// " + ConfigKeys.BACKUP_TARGET + " unless documents are kept in S3";
        own.stream().filter(key -> in.optional(key).isEmpty()).forEach(key -> in.reject(key, why));
        if (endpoint.isEmpty() || own.stream().anyMatch(key -> in.optional(key).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new S3Access(endpoint.get().toString(),
                in.optional(ConfigKeys.BACKUP_S3_REGION).orElse("us-east-1"),
                in.optional(ConfigKeys.BACKUP_S3_ACCESS_KEY).get(), in.optional(ConfigKeys.BACKUP_S3_SECRET_KEY).get()));
    }

    /** Where the backups are. */
    public BackupTarget openTarget() {
        if (target.startsWith("s3://")) {
            return new S3Target(S3Target.S3Location.parse(target), targetS3.orElseThrow());
        }
        return new DirectoryTarget(Path.of(target));
    }
}
