package com.motovaultpro.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The name of one backup: the UTC moment of its database snapshot, {@code 20261122T013000Z}. Names
 * sort in time order, so the newest is the greatest. Also the retention rule.
 */
public final class BackupStamp {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern SHAPE = Pattern.compile("\\d{8}T\\d{6}Z");

    private BackupStamp() {
    }

    public static String of(Instant moment) {
        return FORMAT.format(moment);
    }

    public static boolean isStamp(String name) {
        return name != null && SHAPE.matcher(name).matches();
    }

    /** How long a backup may take: an incomplete one younger than this may still be being written. */
    public static final Duration IN_PROGRESS = Duration.ofHours(6);

    /**
     * The backups to delete when {@code keep} complete ones are to be kept: the complete ones
     * beyond the newest {@code keep}, and incomplete ones (no manifest: a backup that failed or
     * was cut off) that are older than the newest complete one and older than
     * {@link #IN_PROGRESS} — so a backup still being written, even one started before another
     * finished, is never touched.
     */
    public static List<String> expired(Collection<String> complete, Collection<String> incomplete, int keep,
                                       Instant now) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        List<String> newestFirst = complete.stream().filter(BackupStamp::isStamp)
                .sorted(Comparator.reverseOrder()).toList();
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        String newest = newestFirst.get(0);
        return Stream.concat(newestFirst.stream().skip(keep),
                        incomplete.stream().filter(BackupStamp::isStamp).filter(s -> s.compareTo(newest) < 0)
                                .filter(s -> !mayBeInProgress(s, now)))
                .sorted().toList();
    }

    /** Whether a backup with this name may still be being written at {@code now}. */
    public static boolean mayBeInProgress(String stamp, Instant now) {
        return stamp.compareTo(of(now.minus(IN_PROGRESS))) > 0;
    }
}
