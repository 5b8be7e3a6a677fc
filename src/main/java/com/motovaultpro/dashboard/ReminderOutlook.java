package com.motovaultpro.dashboard;

import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.ReminderRules;
import com.motovaultpro.reminder.Thresholds;
import com.motovaultpro.reminder.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many open reminders will be in each urgency now and in 30, 60 and 90 days. Each reminder is
 * judged with its own thresholds on the later date, at the odometer projected forward by the
 * vehicle's recent average distance per day (no projection without one: only dates move).
 */
public final class ReminderOutlook {

    /** The days ahead the outlook looks at. */
    public static final List<Integer> HORIZONS = List.of(0, 30, 60, 90);

    /** An open reminder: when it is due and the thresholds it is judged by. */
    public record Open(Due due, Thresholds thresholds) {
    }

    /** The reminders per urgency {@code days} from today (every urgency present). */
    public record Horizon(int days, Map<Urgency, Integer> counts) {
    }

    private ReminderOutlook() {
    }

    public static List<Horizon> of(List<Open> reminders, LocalDate today, Optional<BigDecimal> currentOdometer,
                                   Optional<BigDecimal> dailyDistance) {
        return HORIZONS.stream().map(days -> {
            Optional<BigDecimal> odometer = currentOdometer.map(current -> current.add(
                    dailyDistance.orElse(BigDecimal.ZERO).multiply(BigDecimal.valueOf(days))));
            Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
            for (Urgency u : Urgency.values()) {
                counts.put(u, 0);
            }
            reminders.forEach(r -> counts.merge(
                    ReminderRules.urgency(r.due(), today.plusDays(days), odometer, r.thresholds()), 1, Integer::sum));
            return new Horizon(days, Collections.unmodifiableMap(counts));
        }).toList();
    }
}
