package com.motovaultpro.notification;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
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
            case DIGEST -> digest(facts);
            case FEE_RENEWED -> new Notice(MessageFormat.format(text.getString("notify.fee.title"), facts.getString("vehicle"),
                    facts.getString("description")), MessageFormat.format(text.getString("notify.fee.text"),
                    facts.getString("description"), date(facts.getString("date"))), Notice.Priority.LOW, List.of("receipt"),
                    link(facts));
            case INVITATION -> new Notice(text.getString("notify.invitation.title"),
                    MessageFormat.format(text.getString("notify.invitation.text"), facts.getString("invitedBy"),
                            facts.getString("vehicle"), text.getString("sharing.role." + facts.getString("role"))),
                    Notice.Priority.NORMAL, List.of("handshake"), link(facts));
            case IMPORT_FINISHED -> new Notice(MessageFormat.format(text.getString("notify.import.title"),
                    facts.getString("vehicle")), MessageFormat.format(text.getString(facts.getInt("refused") == 0
                    ? "notify.import.text" : "notify.import.textRefused"),
                    facts.getInt("stored"), text.getString("logbook.tab." + facts.getString("recordType")),
                    facts.getInt("refused")), Notice.Priority.LOW, List.of("inbox_tray"), link(facts));
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
        String title = MessageFormat.format(text.getString("notify.reminder.title"), facts.getString("vehicle"),
                facts.getString("description"));
        String body = MessageFormat.format(text.getString("notify.reminder.text"),
                text.getString("notify.reminder.urgency." + urgency), due(facts));
        Notice.Priority priority = switch (urgency) {
            case "PAST_DUE" -> Notice.Priority.URGENT;
            case "VERY_URGENT" -> Notice.Priority.HIGH;
            default -> Notice.Priority.NORMAL;
        };
        return new Notice(title, body, priority, List.of("wrench"), link(facts));
    }

    /** One line per due reminder, most urgent first as judged: "• vehicle: what – urgency, due …". */
    private Notice digest(JsonObject facts) {
        List<String> lines = new ArrayList<>();
        for (JsonObject item : facts.getJsonArray("items").getValuesAs(JsonObject.class)) {
            lines.add(MessageFormat.format(text.getString("notify.digest.line"), item.getString("vehicle"),
                    item.getString("description"), text.getString("notify.reminder.urgency." + item.getString("urgency")),
                    due(item)));
        }
        String title = MessageFormat.format(text.getString("notify.digest.title." + facts.getString("frequency")),
                facts.getInt("count"));
        return new Notice(title, String.join("\n", lines), Notice.Priority.NORMAL, List.of("calendar"), link(facts));
    }

    private String date(String iso) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format).format(LocalDate.parse(iso));
    }

    /** "due on 1 Dec 2026", "due at 120,000 km", or both. */
    private String due(JsonObject facts) {
        String date = facts.containsKey("dueDate") && !facts.isNull("dueDate") ? date(facts.getString("dueDate")) : null;
        String odometer = null;
        if (facts.containsKey("dueOdometer") && !facts.isNull("dueOdometer")) {
            NumberFormat number = NumberFormat.getNumberInstance(format);
            number.setMaximumFractionDigits(1);
            odometer = number.format(new BigDecimal(facts.getString("dueOdometer")));
        }
        String unit = text.getString("odometerUnit.short." + facts.getString("odometerUnit"));
        return date != null && odometer != null
                ? MessageFormat.format(text.getString("notify.reminder.dueBoth"), date, odometer, unit)
                : date != null ? MessageFormat.format(text.getString("notify.reminder.dueDate"), date)
                : MessageFormat.format(text.getString("notify.reminder.dueOdometer"), odometer, unit);
    }

    private static Optional<URI> link(JsonObject facts) {
        return facts.containsKey("link") && !facts.isNull("link") ? Optional.of(URI.create(facts.getString("link")))
                : Optional.empty();
    }
}
