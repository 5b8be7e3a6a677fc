package com.motovaultpro.platform.web;

import java.util.Locale;
import java.util.Optional;

/**
 * Media types as HTTP defines them: type and subtype are case-insensitive and parameters follow a
 * {@code ;}. Every comparison of a request's {@code Content-Type} goes through here, so that
 * {@code Multipart/Form-Data} is what {@code multipart/form-data} is, in every filter alike.
 */
public final class MediaTypes {

    private MediaTypes() {
    }

    /** The type and subtype of a Content-Type header in lower case ({@code multipart/form-data}), if any. */
    public static Optional<String> essence(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int semicolon = header.indexOf(';');
        String essence = (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return essence.isEmpty() ? Optional.empty() : Optional.of(essence);
    }

    /** Whether the header names a form upload ({@code multipart/form-data}, in any case, with any parameters). */
    public static boolean isMultipartFormData(String header) {
        return essence(header).filter("multipart/form-data"::equals).isPresent();
    }

    /** Whether the header names a CSV file ({@code text/csv}, in any case, with any parameters). */
    public static boolean isCsv(String header) {
        return essence(header).filter("text/csv"::equals).isPresent();
    }

    public static boolean isZip(String header) {
        return essence(header).filter("application/zip"::equals).isPresent();
    }
}
