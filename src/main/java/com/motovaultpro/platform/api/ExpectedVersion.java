package com.motovaultpro.platform.api;

import java.util.OptionalLong;

/** The optional {@code version} of an update request: when given, the update only applies to that version. */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static OptionalLong of(Long version) {
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }
}
