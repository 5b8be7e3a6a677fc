package com.motovaultpro.notification;

import com.motovaultpro.reminder.Due;
import com.motovaultpro.reminder.Urgency;
import java.util.Optional;

/**
 * Whether a reminder's urgency today is news: what people were last told about it (its urgency
 * and the due values it had then) against how urgent it is now. Pure.
 *
 * <ul>
 *   <li>Urgent, very urgent or past due, and nobody was told yet, or it was for other due values
 *       (the reminder was done and moved on): notify.</li>
 *   <li>More urgent than last told for the same due values: notify (urgent → very urgent → past due).</li>
 *   <li>Not urgent any more because its due values changed: forget what was told, so that the next
 *       time it becomes urgent is news again.</li>
 *   <li>Anything else (as urgent as told, or less for the same due values): nothing.</li>
 * </ul>
 */
public final class UrgencyNotice {

    /** What to do. */
    public enum Decision {
        NOTIFY,
        FORGET,
        NOTHING
    }

    /** What people were last told about a reminder. */
    public record Told(Urgency urgency, Due due) {
    }

    private UrgencyNotice() {
    }

    public static Decision decide(Optional<Told> told, Due due, Urgency now) {
        boolean sameDue = told.map(t -> same(t.due(), due)).orElse(false);
        if (now == Urgency.NOT_URGENT) {
            return told.isPresent() && !sameDue ? Decision.FORGET : Decision.NOTHING;
        }
        if (!sameDue) {
            return Decision.NOTIFY;
        }
        return now.ordinal() < told.get().urgency().ordinal() ? Decision.NOTIFY : Decision.NOTHING;
    }

    /** The same due date and odometer (120000 and 120000.00 are the same reading). */
    private static boolean same(Due a, Due b) {
        return a.date().equals(b.date()) && a.odometer().isPresent() == b.odometer().isPresent()
                && a.odometer().map(o -> o.compareTo(b.odometer().get()) == 0).orElse(true);
    }
}
