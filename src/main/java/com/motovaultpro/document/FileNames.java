package com.motovaultpro.document;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.text.Normalizer;

/** File names as people gave them, made safe to keep, list and send back. */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The last path segment, NFC-normalised, without control characters or characters file systems
     * and headers choke on, without leading dots, at most 255 characters keeping the extension;
     * "document" when nothing is left.
     */
    public static String sanitise(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[<>:\"|?*;]", "_")
                .strip();
        name = name.replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /**
     * A Content-Disposition value: an ASCII fallback name plus the exact name (RFC 6266 / 5987),
     * {@code inline} only for what browsers preview safely.
     */
    public static String contentDisposition(String name, boolean inline) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
