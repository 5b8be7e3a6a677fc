package com.motovaultpro.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server process under load, seen from outside: its CPU time with its embedded database's
 * (user + system, from {@code /proc/<pid>/stat}), its resident memory, and its live heap after a full collection
 * ({@code jcmd GC.run}, then {@code GC.heap_info}). Linux only, as the build machine is.
 */
final class ServerProbe {

    /** Clock ticks per second of {@code /proc} times ({@code getconf CLK_TCK}: 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;
    /** A heap's or generation's line of GC.heap_info (G1: one heap; Serial/Parallel: young and old generation). */
    private static final Pattern USED = Pattern.compile("(?m)^\\s*\\S[^\\n]*?(?:heap|generation)\\s+total \\d+K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;

    private ServerProbe(long pid) {
        this.pid = pid;
    }

    /** The server whose process id Liberty wrote to {@code pidFile}; empty when it is not there. */
    static Optional<ServerProbe> of(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> new ServerProbe(pid));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    long pid() {
        return pid;
    }

    /**
     * CPU time the server has used so far, in milliseconds: the JVM's and that of the processes it
     * started (the embedded PostgreSQL and its connections), each with what its ended children used.
     */
    long cpuMillis() {
        long ticks = ticks(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            ticks += Math.max(0, ticks(child.pid()));
        }
        return ticks < 0 ? -1 : ticks * 1000 / TICKS_PER_SECOND;
    }

    /** A process's user + system time and its waited-for children's, in clock ticks; -1 if unreadable. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory in MiB. */
    long rssMiB() {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII));
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The heap in use right after a full collection, in MiB (what the live objects take). */
    long liveHeapMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        long used = -1;
        while (m.find()) {
            used = Math.max(used, 0) + Long.parseLong(m.group(1));
        }
        return used < 0 ? -1 : used / 1024;
    }

    /** The classes taking the most heap (live objects: a full collection first), {@code lines} of them. */
    String histogram(int lines) throws IOException, InterruptedException {
        return jcmd("GC.class_histogram").lines().limit(lines + 3L).reduce("", (a, b) -> a + b + "\n");
    }

    /** Starts a JDK Flight Recorder recording of the server (profiling settings: method samples every 10 ms). */
    void startRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=load", "settings=profile");
    }

    /** Stops the recording into {@code file}. */
    void stopRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=load", "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
