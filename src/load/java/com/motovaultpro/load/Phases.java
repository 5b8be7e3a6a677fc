package com.motovaultpro.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each phase of a run began, by the first session entering it, and the server's CPU time at
 * that moment: a phase's CPU is the difference to the next phase's start, shared by its requests.
 */
final class Phases {

    /** A phase's start: wall clock and the server's CPU time, in milliseconds. */
    record Start(long atMillis, long cpuMillis) {
    }

    private final Map<String, Start> starts = new LinkedHashMap<>();
    private final ServerProbe probe;

    Phases(ServerProbe probe) {
        this.probe = probe;
    }

    synchronized void enter(String phase) {
        starts.computeIfAbsent(phase, p -> new Start(System.currentTimeMillis(), probe == null ? -1 : probe.cpuMillis()));
    }

    synchronized Map<String, Start> starts() {
        return new LinkedHashMap<>(starts);
    }
}
