package com.motovaultpro.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a notification is about, with its name in the webhook payload. A person chooses per
 * channel which of the subscribable ones it gets; a test and an address confirmation go to the one
 * channel they are for.
 */
public enum NotificationEvent {
    /** A reminder became urgent, very urgent or past due (by date or by odometer). */
    REMINDER_DUE("reminder.due", true),
    /** The person's daily or weekly list of what is due. */
    DIGEST("digest", true),
    /** A recurring tax or fee was renewed (its next one recorded). */
    FEE_RENEWED("fee.renewed", true),
    /** Someone invited the person to collaborate on a vehicle. */
    INVITATION("invitation.received", true),
    /** A CSV import the person started stored its records. */
    IMPORT_FINISHED("import.finished", true),
    /** "Send a test" on a channel. */
    TEST("test", false),
    /** The link that confirms an e-mail address before it is used. */
    ADDRESS_CONFIRMATION("address.confirmation", false);

    private final String wireName;
    private final boolean subscribable;

    NotificationEvent(String wireName, boolean subscribable) {
        this.wireName = wireName;
        this.subscribable = subscribable;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isSubscribable() {
        return subscribable;
    }

    public static List<NotificationEvent> subscribable() {
        return Arrays.stream(values()).filter(NotificationEvent::isSubscribable).toList();
    }

    /** The subscribable event of this name or wire name, any case. */
    public static Optional<NotificationEvent> subscribable(String name) {
        return Arrays.stream(values()).filter(NotificationEvent::isSubscribable)
                .filter(e -> e.name().equalsIgnoreCase(name) || e.wireName.equalsIgnoreCase(name))
                .findFirst();
    }
}
