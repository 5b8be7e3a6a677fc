package com.motovaultpro.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectedTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "255044462d312e370a,                         PDF",     // %PDF-1.7
            "89504e470d0a1a0a0000000d49484452,           PNG",
            "ffd8ffe000104a464946,                       JPEG",
            "474946383961,                               GIF",     // GIF89a
            "52494646000000005745425056503820,           WEBP",    // RIFF....WEBPVP8
            "0000001c6674797068656963,                   HEIC",    // ....ftypheic
            "4f696c206368616e67652061742035306b6d0a,     TEXT",    // Oil change at 50km
            "efbbbf4f696c,                               TEXT",    // BOM + Oil
            "3c68746d6c3e3c7363726970743e,               -",       // <html><script>
            "3c3f786d6c2076657273696f6e3d22312e30223f3e, -",       // <?xml version="1.0"?>
            "3c73766720786d6c6e733d,                     -",       // <svg xmlns=
            "20200a3c7363726970743e,                     -",       // whitespace then <script>
            "efbbbf3c68746d6c3e,                         -",       // BOM + <html>
            "4d5a90000300,                               -",       // MZ: a Windows executable
            "504b0304140000,                             -",       // a zip
            "7f454c46,                                   -",       // ELF
            "c328c328,                                   -",       // not UTF-8
            "48656c6c6f00776f726c64,                     -",       // NUL inside
    })
    void theTypeComesFromTheBytesAndOnlyHarmlessTypesPass(String hex, DetectedType expected) {
        byte[] head = HexFormat.of().parseHex(hex);
        assertEquals(Optional.ofNullable(expected), DetectedType.of(head, head.length));
    }

    @org.junit.jupiter.api.Test
    void textCutInsideAMultiByteCharacterIsStillText() {
        byte[] text = "Ölwechsel ".repeat(60).getBytes(StandardCharsets.UTF_8);
        byte[] head = java.util.Arrays.copyOf(text, DetectedType.SNIFF_BYTES);
        assertEquals(Optional.of(DetectedType.TEXT), DetectedType.of(head, head.length));
    }
}
