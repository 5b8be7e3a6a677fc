package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration has safe defaults, and every bad value is reported at once, naming key and variable. */
class AppSettingsParserTest {

    private static final Path HOME = Path.of("/home/alice");

    /** "key=value; key=value", keys without the "motovault." prefix. */
    private static AppSettings parse(String spec) {
        Map<String, String> values = new HashMap<>();
        for (String pair : spec.split(";")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                values.put("motovault." + kv[0].trim(), kv[1]);
            }
        }
        return AppSettingsParser.parse(key -> Optional.ofNullable(values.get(key)), HOME);
    }

    @Test
    void defaultsRunEverythingEmbeddedUnderTheUsersHome() {
        AppSettings settings = AppSettingsParser.parse(key -> Optional.empty(), HOME);

        assertAll(
                () -> assertEquals(HOME.resolve(".motovaultpro"), settings.dataDir()),
                () -> assertEquals(HOME.resolve(".motovaultpro/postgres"), settings.embeddedDatabaseDir()),
                () -> assertTrue(settings.database().embedded()),
                () -> assertEquals(54329, settings.database().embeddedPort()),
                () -> assertEquals(100, settings.database().poolMaxSize()),
                () -> assertEquals(10, settings.database().poolMinSize()),
                () -> assertEquals(Duration.ofSeconds(60), settings.database().startupTimeout()),
                () -> assertEquals(RegistrationMode.OPEN, settings.initialRegistrationMode()),
                () -> assertEquals(210_000, settings.passwordHashIterations()),
                () -> assertEquals(5, settings.security().loginMaxFailures()),
                () -> assertEquals(5, settings.security().loginMaxFailuresPerClient()),
                () -> assertEquals(Duration.ofMinutes(5), settings.security().loginWindow()),
                () -> assertEquals(100, settings.security().apiRequestsPerMinute()),
                () -> assertEquals(10, settings.security().registrationsPerClientPerHour()),
                () -> assertEquals(URI.create("http://localhost:9080"), settings.publicUrl()),
                () -> assertEquals(30, settings.sessionTimeoutMinutes()));
    }

    @Test
    void externalUrlSwitchesTheEmbeddedDatabaseOff() {
        AppSettings settings = parse("db.url=jdbc:postgresql://db:5432/motovault; db.user=mv; db.password=secret");

        assertFalse(settings.database().embedded());
        assertEquals(Optional.of("jdbc:postgresql://db:5432/motovault"), settings.database().externalUrl());
    }

    @Test
    void blankValuesCountAsNotSet() {
        assertTrue(parse("db.url=   ; db.pool.max.size= ").database().embedded());
    }

    private static final Map<String, Function<AppSettings, Object>> READ = Map.ofEntries(
            Map.entry("security.login.max.failures", s -> s.security().loginMaxFailures()),
            Map.entry("security.login.max.failures.per.client", s -> s.security().loginMaxFailuresPerClient()),
            Map.entry("security.login.window.minutes", s -> s.security().loginWindow().toMinutes()),
            Map.entry("security.api.requests.per.minute", s -> s.security().apiRequestsPerMinute()),
            Map.entry("security.registrations.per.client.per.hour", s -> s.security().registrationsPerClientPerHour()),
            Map.entry("public.url", AppSettings::publicUrl),
            Map.entry("http.port", AppSettings::publicUrl),
            Map.entry("data.dir", AppSettings::dataDir),
            Map.entry("db.embedded.port", s -> s.database().embeddedPort()),
            Map.entry("db.pool.max.size", s -> s.database().poolMaxSize()),
            Map.entry("db.pool.min.size", s -> s.database().poolMinSize()),
            Map.entry("db.startup.timeout.seconds", s -> s.database().startupTimeout().toSeconds()),
            Map.entry("session.timeout.minutes", AppSettings::sessionTimeoutMinutes),
            Map.entry("registration.mode", AppSettings::initialRegistrationMode),
            Map.entry("security.password.iterations", AppSettings::passwordHashIterations));

    @ParameterizedTest(name = "{0}=''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "data.dir                     | /srv/motovault/../data | /srv/data",
            "db.embedded.port             | 1024                   | 1024",
            "db.embedded.port             | ' 65535 '              | 65535",
            "db.pool.max.size             | 10                     | 10",    // equal to the default min
            "db.pool.min.size             | 0                      | 0",
            "db.pool.min.size             | 100                    | 100",   // equal to the default max
            "db.startup.timeout.seconds   | 3600                   | 3600",
            "session.timeout.minutes      | 1440                   | 1440",
            "registration.mode            | closed                 | CLOSED",
            "registration.mode            | OPEN                   | OPEN",
            "registration.mode            | ' Closed '             | CLOSED",
            "security.password.iterations | 10000                  | 10000",
            "security.login.max.failures  | 1                      | 1",
            "security.login.window.minutes | 60                    | 60",
            "security.login.max.failures.per.client | 50           | 50",
            "security.api.requests.per.minute | 1000000            | 1000000",
            "security.registrations.per.client.per.hour | 3        | 3",
            "public.url                   | https://cars.example.org | https://cars.example.org",
            "public.url                   | https://cars.example.org/ | https://cars.example.org",
            "public.url                   | http://nas.home:8080/motovault/ | http://nas.home:8080/motovault",
            "http.port                    | 9180                   | http://localhost:9180",
    })
    void acceptsValidValues(String key, String value, String expected) {
        assertEquals(expected, String.valueOf(READ.get(key).apply(parse(key + "=" + value))));
    }

    @ParameterizedTest(name = "{0} -> problems on {1}")
    @CsvSource(delimiter = '|', value = {
            "db.url=jdbc:mysql://db/mv; db.user=u; db.password=p | db.url                       | must start with jdbc:postgresql://",
            "db.url=jdbc:postgresql://db/mv                     | db.user, db.password          | is required when motovault.db.url is set",
            "db.url=jdbc:postgresql://db/mv; db.user=u          | db.password                   | is required when motovault.db.url is set",
            "db.url=jdbc:postgresql://db/mv; db.password=p      | db.user                       | is required when motovault.db.url is set",
            "db.pool.max.size=lots                              | db.pool.max.size              | must be a whole number, was 'lots'",
            "db.pool.max.size=0                                 | db.pool.max.size              | must be between 1 and 10000, was 0",
            "db.pool.min.size=-1                                | db.pool.min.size              | must be between 0 and 10000",
            "db.embedded.port=1023                              | db.embedded.port              | must be between 1024 and 65535",
            "db.embedded.port=65536                             | db.embedded.port              | must be between 1024 and 65535",
            "db.startup.timeout.seconds=1.5                     | db.startup.timeout.seconds    | must be a whole number",
            "session.timeout.minutes=1441                       | session.timeout.minutes       | must be between 1 and 1440",
            "security.password.iterations=9999                  | security.password.iterations  | must be between 10000 and 10000000",
            "security.login.max.failures=0                      | security.login.max.failures   | must be between 1 and 1000",
            "security.api.requests.per.minute=many              | security.api.requests.per.minute | must be a whole number",
            "db.pool.min.size=20; db.pool.max.size=10           | db.pool.min.size              | must not exceed motovault.db.pool.max.size (10)",
            "registration.mode=maybe                            | registration.mode             | must be one of [open, closed], was 'maybe'",
            "public.url=cars.example.org                        | public.url                    | must be an absolute http(s) URL",
            "public.url=https://cars.example.org/?next=evil     | public.url                    | without query, fragment or user",
            "public.url=https://user@cars.example.org           | public.url                    | without query, fragment or user",
            "security.registrations.per.client.per.hour=0       | security.registrations.per.client.per.hour | must be between 1 and 1000000",
    })
    void rejectsBadValuesNamingTheKey(String spec, String keys, String problemText) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(spec));

        List<String> expectedKeys = Arrays.stream(keys.split(",")).map(k -> "motovault." + k.trim()).toList();
        assertEquals(expectedKeys, e.problems().stream().map(ConfigProblem::key).toList());
        assertTrue(e.problems().get(e.problems().size() - 1).problem().contains(problemText),
                () -> e.problems().toString());
        expectedKeys.forEach(key -> assertTrue(e.getMessage().contains("'" + key + "'"), e::getMessage));
    }

    @Test
    void rejectsDataDirThatIsNoPath() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse("data.dir=/srv/a\u0000b"));
        assertEquals("motovault.data.dir", e.problems().get(0).key());
    }

    @Test
    void reportsEveryProblemTogetherWithKeyAndEnvironmentVariable() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> parse("db.pool.max.size=lots; registration.mode=maybe; db.embedded.port=80; session.timeout.minutes=0"));

        assertEquals(4, e.problems().size(), e::getMessage);
        for (String name : List.of(
                "'motovault.db.pool.max.size' (environment variable MOTOVAULT_DB_POOL_MAX_SIZE)",
                "'motovault.registration.mode' (environment variable MOTOVAULT_REGISTRATION_MODE)",
                "'motovault.db.embedded.port' (environment variable MOTOVAULT_DB_EMBEDDED_PORT)",
                "'motovault.session.timeout.minutes' (environment variable MOTOVAULT_SESSION_TIMEOUT_MINUTES)")) {
            assertTrue(e.getMessage().contains(name), () -> name + " not in: " + e.getMessage());
        }
    }
}
