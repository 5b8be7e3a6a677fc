package com.motovaultpro.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SVG reads back: its rows of dark runs, drawn as pixels, decode to the text it was made of. */
class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile(" d=\"([^\"]*)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    @ParameterizedTest
    @ValueSource(strings = {"https://cars.example.org/driver.xhtml?link=AbC-_0123456789abcdefghijklmnopqrstuvwxyzABCDE",
            "http://localhost:9080/driver.xhtml?link=zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "Grüße"})
    void theDrawnCodeDecodesToItsText(String text) throws NotFoundException, ChecksumException, FormatException {
        String svg = QrCodeSvg.of(text, "Anna's \"phone\" <1>");
        assertTrue(svg.contains("aria-label=\"Anna&apos;s &quot;phone&quot; &lt;1&gt;\""), svg.substring(0, 200));
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find());
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        int[] pixels = new int[width * SCALE * height * SCALE];
        Arrays.fill(pixels, 0xFFFFFF);
        Matcher path = PATH.matcher(svg);
        assertTrue(path.find());
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "the path is made of runs only");
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertEquals(length, Integer.parseInt(run.group(4)));
            for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
                for (int px = x * SCALE; px < (x + length) * SCALE; px++) {
                    pixels[py * width * SCALE + px] = 0;
                }
            }
        }
        assertEquals(path.group(1).length(), end);
        Result decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width * SCALE, height * SCALE, pixels))));
        assertEquals(text, decoded.getText());
    }
}
