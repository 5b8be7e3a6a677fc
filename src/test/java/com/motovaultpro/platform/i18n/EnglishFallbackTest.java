package com.motovaultpro.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** English text stays English on a server whose JVM default locale is another language. */
class EnglishFallbackTest {

    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(original);
        ResourceBundle.clearCache();
    }

    @Test
    void englishPageTextIgnoresAGermanJvmDefault() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();
        assertEquals("Save", ResourceBundle.getBundle("com.motovaultpro.i18n.Messages", Locale.ENGLISH)
                .getString("action.save"));
        assertEquals("Speichern", ResourceBundle.getBundle("com.motovaultpro.i18n.Messages", Locale.GERMAN)
                .getString("action.save"));
    }

    @Test
    void englishValidationTextIgnoresAGermanJvmDefault() {
        Locale.setDefault(Locale.GERMANY);
        ResourceBundle.clearCache();
        assertEquals("Enter the make.", ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH)
                .getString("vehicle.make.required"));
    }
}
