package com.motovaultpro.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

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

    /**
     * The backups to delete when {@code keep} complete ones are to be kept: the complete ones
     * beyond the newest {@code keep}, and incomplete ones (no manifest: a backup that failed or
     * was cut off) older than the newest complete one. A backup in progress is newer than every
     * complete one, so it is never touched.
     */
    public static List<String> expired(Collection<String> complete, Collection<String> incomplete, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        List<String> newestFirst = complete.stream().filter(BackupStamp::isStamp)
                .sorted(Comparator.reverseOrder()).toList();
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        String newest = newestFirst.get(0);
        return java.util.stream.Stream.concat(
                        newestFirst.stream().skip(keep),
                        incomplete.stream().filter(BackupStamp::isStamp).filter(s -> s.compareTo(newest) < 0))
                .sorted().toList();
    }
}
