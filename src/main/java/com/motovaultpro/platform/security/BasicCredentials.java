package com.motovaultpro.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Parses an {@code Authorization: Basic ...} header (RFC 7617, UTF-8). */
final class BasicCredentials {

    private static final String PREFIX = "Basic ";

    private BasicCredentials() {
    }

    static boolean present(String header) {
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static Optional<UsernamePasswordCredential> parse(String header) {
        if (!present(header)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
