package com.motovaultpro.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, decided from its first bytes — never from its name or the type the uploader
 * claims. Only these types are accepted: PDF, PNG, JPEG, GIF, WebP, HEIC and plain UTF-8 text.
 * Anything that could run in a browser (HTML, SVG, XML, scripts) is not among them.
 */
public enum DetectedType {
    PDF("application/pdf", true),
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    HEIC("image/heic", false),
    TEXT("text/plain; charset=UTF-8", false);

    /** How many leading bytes {@link #of} needs to decide. */
    public static final int SNIFF_BYTES = 512;

    private final String contentType;
    private final boolean previewable;

    DetectedType(String contentType, boolean previewable) {
        this.contentType = contentType;
        this.previewable = previewable;
    }

    public String contentType() {
        return contentType;
    }

    /** Shown inline by browsers (images, PDFs); everything else is only downloaded. */
    public boolean previewable() {
        return previewable;
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** The type of a file starting with {@code head} (at most {@link #SNIFF_BYTES}); empty if not allowed. */
    public static Optional<DetectedType> of(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.min(length, head.length));
        if (startsWith(b, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(b, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 4, "ftyp".getBytes(StandardCharsets.US_ASCII))
                && (startsWith(b, 8, "heic".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, 8, "heix".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, 8, "mif1".getBytes(StandardCharsets.US_ASCII)))) {
            return Optional.of(HEIC);
        }
        return plainText(b) ? Optional.of(TEXT) : Optional.empty();
    }

    /** UTF-8 without NUL or other binary controls, and not markup (which a browser might render). */
    static boolean plainText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        for (byte value : b) {
            if (value == 0 || value == 0x7F || (value > 0 && value < 0x20 && value != '\t' && value != '\n'
                    && value != '\r' && value != '\f')) {
                return false;
            }
        }
        String start = decodeLenient(b).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        return !start.startsWith("<");
    }

    private static String decodeLenient(byte[] b) {
        // The sniffed head may end inside a multi-byte character: drop up to three trailing bytes.
        for (int cut = 0; cut <= 3 && cut < b.length; cut++) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, 0, b.length - cut)).toString();
            } catch (CharacterCodingException e) {
                // try one byte shorter
            }
        }
        return "<not utf-8";
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
