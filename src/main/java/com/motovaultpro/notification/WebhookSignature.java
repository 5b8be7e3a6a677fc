package com.motovaultpro.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a webhook carries, so that its receiver knows the body came from us and was not
 * replayed later: header {@value #HEADER} = {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code <t>.<body>} with the channel's secret (the scheme Stripe and others use; documented in
 * docs/notifications.md with a receiver's check). A receiver refuses a {@code t} far from its
 * clock and compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "MotoVaultPro-Signature";

    private WebhookSignature() {
    }

    /** The header value for {@code body} sent at {@code unixSeconds}. */
    public static String of(byte[] secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, signed(unixSeconds, body)));
    }

    /**
     * Whether {@code header} signs {@code body} with {@code secret}, sent no more than
     * {@code toleranceSeconds} from {@code nowSeconds} (what a receiver does; our tests receive so).
     */
    public static boolean verifies(byte[] secret, String header, byte[] body, long nowSeconds, long toleranceSeconds) {
        Optional<Long> sent = part(header, "t").flatMap(WebhookSignature::number);
        Optional<byte[]> given = part(header, "v1").flatMap(WebhookSignature::hex);
        if (sent.isEmpty() || given.isEmpty() || Math.abs(nowSeconds - sent.get()) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, signed(sent.get(), body)), given.get());
    }

    /** HMAC-SHA256 of {@code data} with {@code key}. */
    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] signed(long unixSeconds, byte[] body) {
        byte[] prefix = (unixSeconds + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }

    private static Optional<String> part(String header, String name) {
        if (header == null) {
            return Optional.empty();
        }
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).strip().equals(name)) {
                return Optional.of(part.substring(equals + 1).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return text.length() <= 19 ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> hex(String text) {
        try {
            return text.length() == 64 ? Optional.of(HexFormat.of().parseHex(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
