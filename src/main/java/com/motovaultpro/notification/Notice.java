package com.motovaultpro.notification;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A notification as a person reads it, in their language: a title, a text, how important it is
 * (ntfy and Gotify show it), short tags (ntfy shows them as emoji or labels) and where to go.
 */
public record Notice(String title, String text, Priority priority, List<String> tags, Optional<URI> link) {

    /** How important a notice is, with its ntfy (1–5) and Gotify (0–10) priorities. */
    public enum Priority {
        LOW(2, 2),
        NORMAL(3, 5),
        HIGH(4, 7),
        URGENT(5, 9);

        private final int ntfy;
        private final int gotify;

        Priority(int ntfy, int gotify) {
            this.ntfy = ntfy;
            this.gotify = gotify;
        }

        public int ntfy() {
            return ntfy;
        }

        public int gotify() {
            return gotify;
        }
    }

    public Notice {
        tags = List.copyOf(tags);
    }
}
