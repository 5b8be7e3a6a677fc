package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    private static final byte[] SECRET = "whsec-test-secret".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"version\":1}".getBytes(StandardCharsets.UTF_8);

    /** RFC 4231, test cases 1 and 2: the HMAC itself is the standard one. */
    @ParameterizedTest
    @CsvSource({
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, 4869205468657265, b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "4a656665, 7768617420646f2079612077616e7420666f72206e6f7468696e673f, 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    })
    void theMacIsHmacSha256(String key, String data, String expected) {
        assertEquals(expected, HexFormat.of().formatHex(
                WebhookSignature.hmac(HexFormat.of().parseHex(key), HexFormat.of().parseHex(data))));
    }

    @Test
    void theHeaderSignsTheTimeAndTheBody() {
        String header = WebhookSignature.of(SECRET, 1_765_000_000L, BODY);
        assertEquals("t=1765000000,v1=" + HexFormat.of().formatHex(WebhookSignature.hmac(SECRET,
                "1765000000.{\"version\":1}".getBytes(StandardCharsets.UTF_8))), header);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "as sent                      | true",
        "another body                 | false",
        "another secret               | false",
        "sent 10 minutes ago          | false",
        "another time in the header   | false",
        "no signature                 | false",
        "garbage                      | false",
    })
    void aReceiverChecksBodySecretAndTime(String case_, boolean verifies) {
        long sent = 1_765_000_000L;
        String header = WebhookSignature.of(SECRET, sent, BODY);
        byte[] body = BODY;
        byte[] secret = SECRET;
        long now = sent + 30;
        switch (case_) {
            case "another body" -> body = "{\"version\":2}".getBytes(StandardCharsets.UTF_8);
            case "another secret" -> secret = "other".getBytes(StandardCharsets.UTF_8);
            case "sent 10 minutes ago" -> now = sent + 600;
            case "another time in the header" -> header = header.replace("t=1765000000", "t=1765000030");
            case "no signature" -> header = "t=1765000000";
            case "garbage" -> header = "v1=zz,t=x";
            default -> { }
        }
        assertEquals(verifies, WebhookSignature.verifies(secret, header, body, now, 300));
    }
}
