package com.motovaultpro.logbook;

/** A record type whose lists show pinned records first (its entity maps a {@code pinned} flag). */
public interface PinnedFirst {

    boolean isPinned();
}
