package com.motovaultpro.platform.cache;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Generation tokens: 64 random bits, so two generations of a scope never collide in practice. */
final class Generation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Generation() {
    }

    static String next() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
