package com.motovaultpro.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every figure is formatted by what it is: money with the currency (mv:money), everything else
 * without (an economy average once showed as "$27.93 mpg"). A money tag around a value whose name
 * says it is an economy, a quantity, a distance or an odometer reading fails here.
 */
class FigureFormattersTest {

    private static final Pattern MONEY_TAG = Pattern.compile("<mv:money\\s+value=\"#\\{([^}]*)}\"");
    private static final Pattern NOT_MONEY = Pattern.compile(
            "(?i)econom|average|quantity|odometer|distance|volume|litre|gallon|mpg|consumption|reading|kwh");

    @Test
    void moneyIsOnlyUsedForAmountsOfMoney() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher tag = MONEY_TAG.matcher(read(page));
                while (tag.find()) {
                    checked++;
                    if (NOT_MONEY.matcher(tag.group(1)).find()) {
                        wrong.add(page + ": " + tag.group(1));
                    }
                }
            }
        }
        assertTrue(checked > 10, "the pages' money tags were found: " + checked);
        assertEquals(List.of(), wrong, "figures that are not money, formatted as money");
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
