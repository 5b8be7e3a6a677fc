package com.motovaultpro.platform.personaldata;

import com.motovaultpro.platform.security.KeyScope;
import java.io.Serializable;
import java.util.List;

/**
 * A part of a person's own data that a feature keeps and the personal export carries as one JSON
 * file, for features the export does not know by name (the export depends on them otherwise, and
 * they may depend on the export's events). A feature offers it as a CDI bean; the export writes
 * {@link #export()} of the signed-in person to {@link #path()}, and a restore hands what it reads
 * there back to {@link #restore(Object)} inside the restore's transaction, for the signed-in person.
 *
 * @param <T> what the file holds, a type JSON-B writes and reads
 */
public interface PersonalDataPart<T> {

    /** The part's name, for its bundle keys ({@code personalData.part.<name>}), e.g. {@code notifications}. */
    String name();

    /** Its file in the zip, e.g. {@code account/notifications.json}. */
    String path();

    /**
     * Which API keys' exports carry this part: those this level admits ({@link KeyScope.Level#NO_KEY}:
     * none, only the person signed in). An export made with another key leaves the part out and
     * names it in its manifest.
     */
    KeyScope.Level keyScope();

    /** What {@link #export()} answers and {@link #restore(Object)} takes. */
    Class<T> type();

    /** The signed-in person's part, as the file holds it. */
    T export();

    /**
     * Adds what the file held to the signed-in person, each item checked as when the person enters
     * it; an item this server cannot take (it lacks what the item needs) is left out and said so.
     *
     * @throws Refused when the file holds something not valid: the whole restore is refused
     */
    Restored restore(T saved);

    /** What a restore added: the count of items, and what it left out. */
    record Restored(int items, List<LeftOut> leftOut) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Restored {
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * An item a restore left out: its name, why (a code, shown through the bundle key
     * {@code personalData.leftOut.<reason>}), and the details (in English, as the server found them).
     */
    record LeftOut(String item, String reason, String detail) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** What a part's file holds is not valid: the restore is refused with this message. */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
