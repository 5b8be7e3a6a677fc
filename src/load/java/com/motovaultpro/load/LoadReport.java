package com.motovaultpro.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A load run's figures as one Markdown table ({@code target/load/summary.md}), ready for
 * docs/benchmarks.md: per view its requests, rate, percentiles and errors, and for the burst
 * profile its share of the static-file ceiling and the server's CPU per request (the phase's CPU
 * over its requests); then the server's memory.
 */
final class LoadReport {

    /** The run's settings, for the heading. */
    record Run(String profile, int sessions, int accounts, long phaseSeconds, long thinkSeconds) {
    }

    /** The server's memory after the run: RSS, live heap after a full collection, RSS after it. */
    record Memory(long rssMiB, long liveHeapMiB, long rssAfterGcMiB) {
    }

    private LoadReport() {
    }

    static String burst(Run run, List<String> views, Map<String, Samples.Figures> figures,
                        Map<String, Phases.Start> starts, Map<String, Integer> bytes, Memory memory) {
        StringBuilder md = heading(run);
        md.append("| view | requests | requests/s | p50 ms | p95 ms | p99 ms | errors | of the static rate |"
                + " server CPU ms per request (JVM + PostgreSQL) | page bytes |\n|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> phases = List.copyOf(starts.keySet());
        double ceiling = -1;
        for (int i = 0; i + 1 < phases.size(); i++) {
            String view = phases.get(i);
            Samples.Figures f = figures.get(view);
            if (f == null || !views.contains(view)) {
                continue;
            }
            Phases.Start start = starts.get(view);
            Phases.Start next = starts.get(phases.get(i + 1));
            double seconds = (next.atMillis() - start.atMillis()) / 1000.0;
            double rate = (f.requests() - f.errors()) / seconds;
            if (ceiling < 0) {
                ceiling = rate;
            }
            double cpu = start.cpuMillis() < 0 ? Double.NaN
                    : (next.cpuMillis() - start.cpuMillis()) / (double) Math.max(1, f.requests());
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %d | %d | %d | %d | %.1f %% | %.1f | %s |%n",
                    view, f.requests(), rate, f.p50(), f.p95(), f.p99(), f.errors(), 100 * rate / ceiling, cpu,
                    size(bytes, view)));
        }
        Samples.Figures signIn = figures.get("sign in");
        if (signIn != null) {
            md.append(String.format(Locale.ROOT, "%nSign-ins through the form: %d, %d errors, p95 %d ms.%n",
                    signIn.requests(), signIn.errors(), signIn.p95()));
        }
        return md.append(memory(memory)).toString();
    }

    static String steady(Run run, Map<String, Samples.Figures> figures, Samples.Figures all, Map<String, Integer> bytes,
                         Memory memory, long seconds) {
        StringBuilder md = heading(run);
        md.append("| view | requests | p50 ms | p95 ms | p99 ms | errors | page bytes |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Samples.Figures> e : figures.entrySet()) {
            Samples.Figures f = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %d | %d | %d | %s |%n", e.getKey(), f.requests(),
                    f.p50(), f.p95(), f.p99(), f.errors(),
                    size(bytes, e.getKey())));
        }
        md.append(String.format(Locale.ROOT, "%nAll views, once every session had signed in: %,d requests in %d s"
                        + " (%,.0f/s), p50 %d ms, p95 %d ms, p99 %d ms, %d errors.%n", all.requests(), seconds,
                all.requests() / (double) Math.max(1, seconds), all.p50(), all.p95(), all.p99(), all.errors()));
        return md.append(memory(memory)).toString();
    }

    /** A view's page size, or a dash when none was noted. */
    private static String size(Map<String, Integer> bytes, String view) {
        return bytes.containsKey(view) ? String.format(Locale.ROOT, "%,d", bytes.get(view)) : "–";
    }

    private static StringBuilder heading(Run run) {
        return new StringBuilder(String.format(Locale.ROOT, "Profile %s: %d sessions (%d accounts), %d s %s, think time"
                + " %d s.%n%n", run.profile(), run.sessions(), run.accounts(), run.phaseSeconds(),
                run.profile().equals("burst") ? "per view" : "in all", run.thinkSeconds()));
    }

    private static String memory(Memory memory) {
        return String.format(Locale.ROOT, "%nServer after the run, its sessions still open: RSS %d MiB; live heap after"
                + " a full collection %d MiB (RSS then %d MiB).%n", memory.rssMiB(), memory.liveHeapMiB(),
                memory.rssAfterGcMiB());
    }
}
