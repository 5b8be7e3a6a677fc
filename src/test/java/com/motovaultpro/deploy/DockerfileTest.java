package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container image's invariants, checked on the Dockerfile itself (no Docker engine here):
 * pinned bases, the Liberty version of the build, a non-root user, no secrets, and the WAR, the
 * libraries and the configuration where server.xml expects them.
 */
class DockerfileTest {

    /** One instruction: keyword and its arguments (continuation lines joined). */
    record Instruction(String keyword, String arguments) {
    }

    private static List<Instruction> instructions() throws IOException {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString();
            int space = text.indexOf(' ');
            result.add(new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space + 1).strip()));
            current.setLength(0);
        }
        return result;
    }

    /** The instructions of the last stage (the image that runs). */
    private static List<Instruction> runtimeStage() throws IOException {
        List<Instruction> all = instructions();
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                from = i;
            }
        }
        return all.subList(from, all.size());
    }

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), name + " in pom.xml");
        return m.group(1);
    }

    @Test
    void everyBaseImageIsPinnedToAVersion() throws IOException {
        List<Instruction> froms = instructions().stream().filter(i -> i.keyword().equals("FROM")).toList();
        assertEquals(2, froms.size(), "a build stage and a runtime stage");
        for (Instruction from : froms) {
            String image = from.arguments().split("\\s+")[0];
            assertTrue(image.contains(":"), image + " has a tag");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertFalse(tag.equals("latest"), image);
            assertTrue(tag.matches("\\d+(\\.\\d+)+.*"), image + " is pinned to a version");
        }
    }

    @Test
    void theRuntimeIsTheOfficialOpenLibertyKernelOfTheVersionTheBuildTestsWith() throws IOException {
        String base = runtimeStage().get(0).arguments();
        assertEquals("icr.io/appcafe/open-liberty:" + pomProperty("liberty.runtime.version") + "-kernel-slim-java17-openj9-ubi",
                base);
        List<String> runs = runtimeStage().stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::arguments).toList();
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("features.sh")), "features installed from server.xml");
        assertTrue(runs.stream().anyMatch(r -> r.equals("configure.sh")), "the image is configured (class cache)");
    }

    @Test
    void itRunsAsANonRootUserFromTheLastUserInstructionOn() throws IOException {
        List<Instruction> stage = runtimeStage();
        int lastUser = -1;
        for (int i = 0; i < stage.size(); i++) {
            if (stage.get(i).keyword().equals("USER")) {
                lastUser = i;
            }
        }
        assertTrue(lastUser > 0, "a USER instruction");
        String user = stage.get(lastUser).arguments();
        assertFalse(user.equals("0") || user.equals("root") || user.startsWith("0:") || user.startsWith("root:"), user);
        for (Instruction i : stage.subList(lastUser, stage.size())) {
            assertFalse(i.arguments().contains("sudo"), "no privilege escalation after USER: " + i);
        }
    }

    @Test
    void noSecretIsBakedIn() throws IOException {
        Pattern secretish = Pattern.compile("(?i)(PASSWORD|SECRET|TOKEN|ACCESS_KEY|PRIVATE)[A-Z_]*\\s*=\\s*\\S+");
        for (Instruction i : instructions()) {
            if (i.keyword().equals("ENV") || i.keyword().equals("ARG") || i.keyword().equals("LABEL")) {
                assertFalse(secretish.matcher(i.arguments()).find(), "no secret in " + i);
            }
        }
        assertFalse(Files.readString(Path.of("Dockerfile")).matches("(?s).*COPY[^\\n]*\\.(env|pem|key|p12)\\b.*"),
                "no key or env file copied");
    }

    @Test
    void theApplicationLibrariesAndConfigurationAreWhereServerXmlExpectsThem() throws IOException {
        String serverXml = Files.readString(Path.of("liberty/config/server.xml"));
        assertTrue(serverXml.contains("location=\"motovaultpro.war\""));
        assertTrue(serverXml.contains("${server.config.dir}/lib/postgres") && serverXml.contains("${server.config.dir}/lib/redisson"));
        assertTrue(serverXml.contains("${server.config.dir}/sessions/${MOTOVAULT_SESSIONS}.xml"));
        List<String> copies = runtimeStage().stream().filter(i -> i.keyword().equals("COPY")).map(Instruction::arguments).toList();
        assertTrue(copies.stream().anyMatch(c -> c.matches(".*target/motovaultpro/ /config/apps/motovaultpro\\.war/")), copies.toString());
        assertTrue(copies.stream().anyMatch(c -> c.matches(".*target/server-lib/ /config/lib/")), "postgres and redisson libraries");
        assertTrue(copies.stream().anyMatch(c -> c.matches(".*db/backup\\.sh db/restore\\.sh db/motovault-backup\\.sh /opt/motovault/db/")),
                "the backup commands (the CronJob runs them from the image)");
        String tool = Files.readString(Path.of("db/motovault-backup.sh"));
        assertTrue(tool.contains("first_dir /config/apps/motovaultpro.war") && tool.contains("first_dir /config/lib/postgres"),
                "the backup tool finds the classes and the driver where the image puts them");
        assertTrue(copies.stream().anyMatch(c -> c.contains("liberty/config/server.xml") && c.endsWith(" /config/")));
        assertTrue(copies.stream().anyMatch(c -> c.matches(".*liberty/config/sessions/ /config/sessions/")));
        assertTrue(copies.stream().allMatch(c -> c.startsWith("--chown=1001:0")), "everything owned by the runtime user");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<outputDirectory>${project.build.directory}/server-lib/postgres</outputDirectory>")
                && pom.contains("<outputDirectory>${project.build.directory}/server-lib/redisson</outputDirectory>"),
                "the build puts the libraries where the image takes them");
    }

    @Test
    void sigtermDrainsBeforeLibertyStops() throws IOException {
        List<Instruction> stage = runtimeStage();
        assertTrue(stage.stream().anyMatch(i -> i.keyword().equals("COPY")
                && i.arguments().contains("liberty/bin/run-with-drain.sh /opt/motovault/run-with-drain.sh")));
        assertTrue(stage.stream().anyMatch(i -> i.keyword().equals("ENTRYPOINT")
                && i.arguments().startsWith("[\"/opt/motovault/run-with-drain.sh\"")), "the drain wrapper is the entrypoint");
        assertTrue(stage.stream().anyMatch(i -> i.keyword().equals("CMD") && i.arguments().contains("\"run\"")),
                "Liberty runs in the foreground (the wrapper forwards the stop)");
        assertTrue(Files.isExecutable(Path.of("liberty/bin/run-with-drain.sh")));
    }

    @Test
    void itHasAHealthCheckOnReadinessOciLabelsAndNoBuildContextBloat() throws IOException {
        List<Instruction> stage = runtimeStage();
        assertTrue(stage.stream().anyMatch(i -> i.keyword().equals("HEALTHCHECK") && i.arguments().contains("/health/ready")));
        String labels = String.join(" ", stage.stream().filter(i -> i.keyword().equals("LABEL")).map(Instruction::arguments).toList());
        for (String label : List.of("title", "version", "revision", "source", "licenses")) {
            assertTrue(labels.contains("org.opencontainers.image." + label + "="), label);
        }
        assertTrue(stage.stream().anyMatch(i -> i.keyword().equals("EXPOSE") && i.arguments().equals("9080")));
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
        assertTrue(ignored.contains("target") && ignored.contains(".git"), "target/ and .git stay out of the build context");
    }
}
