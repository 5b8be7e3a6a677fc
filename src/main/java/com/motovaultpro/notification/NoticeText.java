package com.motovaultpro.notification;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders a notification's facts (its outbox payload) as a {@link Notice} in a person's language,
 * with dates and numbers in their format locale. Every word comes from the message bundles.
 */
public final class NoticeText {

    static final String BUNDLE = "com.motovaultpro.i18n.Messages";

    private final ResourceBundle text;
    private final Locale format;

    public NoticeText(Locale language, Locale format) {
        this.text = ResourceBundle.getBundle(BUNDLE, language);
        this.format = format;
    }

    public Notice render(NotificationEvent event, JsonObject facts) {
        return switch (event) {
            case REMINDER_DUE -> reminderDue(facts);
            case TEST -> new Notice(text.getString("notify.test.title"),
                    MessageFormat.format(text.getString("notify.test.text"), facts.getString("channel")),
                    Notice.Priority.NORMAL, List.of("white_check_mark"), link(facts));
            case ADDRESS_CONFIRMATION -> new Notice(text.getString("notify.confirm.title"),
                    MessageFormat.format(text.getString("notify.confirm.text"), facts.getString("link")),
                    Notice.Priority.NORMAL, List.of(), link(facts));
        };
    }

    /** A bundle text for mail templates and pages (e.g. the unsubscribe line). */
    public String phrase(String key, Object... arguments) {
        return MessageFormat.format(text.getString(key), arguments);
    }

    private Notice reminderDue(JsonObject facts) {
        String urgency = facts.getString("urgency");
        String date = facts.containsKey("dueDate") && !facts.isNull("dueDate")
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format)
                        .format(LocalDate.parse(facts.getString("dueDate"))) : null;
        String odometer = null;
        if (facts.containsKey("dueOdometer") && !facts.isNull("dueOdometer")) {
            NumberFormat number = NumberFormat.getNumberInstance(format);
            number.setMaximumFractionDigits(1);
            odometer = number.format(new BigDecimal(facts.getString("dueOdometer")));
        }
        String unit = text.getString("odometerUnit.short." + facts.getString("odometerUnit"));
        String due = date != null && odometer != null
                ? MessageFormat.format(text.getString("notify.reminder.dueBoth"), date, odometer, unit)
                : date != null ? MessageFormat.format(text.getString("notify.reminder.dueDate"), date)
                : MessageFormat.format(text.getString("notify.reminder.dueOdometer"), odometer, unit);
        String title = MessageFormat.format(text.getString("notify.reminder.title"), facts.getString("vehicle"),
                facts.getString("description"));
        String body = MessageFormat.format(text.getString("notify.reminder.text"),
                text.getString("notify.reminder.urgency." + urgency), due);
        Notice.Priority priority = switch (urgency) {
            case "PAST_DUE" -> Notice.Priority.URGENT;
            case "VERY_URGENT" -> Notice.Priority.HIGH;
            default -> Notice.Priority.NORMAL;
        };
        return new Notice(title, body, priority, List.of("wrench"), link(facts));
    }

    private static Optional<URI> link(JsonObject facts) {
        return facts.containsKey("link") && !facts.isNull("link") ? Optional.of(URI.create(facts.getString("link")))
                : Optional.empty();
    }
}
