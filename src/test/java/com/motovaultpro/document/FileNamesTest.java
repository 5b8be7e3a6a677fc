package com.motovaultpro.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "receipt.pdf                  | receipt.pdf",
            "../../etc/passwd             | passwd",
            "C:\\Users\\me\\scan 1.png    | scan 1.png",
            ".htaccess                    | htaccess",
            "...                          | document",
            "-                            | document",
            "'   '                        | document",
            "Rechnung Ölwechsel.pdf       | Rechnung Ölwechsel.pdf",
    })
    void namesAreCutToTheirLastSegmentAndCleaned(String given, String expected) {
        assertEquals(expected, FileNames.sanitise(given));
    }

    @Test
    void charactersFileSystemsAndHeadersChokeOnAreReplaced() {
        assertEquals("inv_o_ice__1____.pdf", FileNames.sanitise("inv<o>ice:\"1\"|?*.pdf"));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("invoicefdp.exe", FileNames.sanitise("invoice\u202Efdp.exe"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\n.pdf"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("x".repeat(400) + ".pdf");
        assertEquals(255, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void theDispositionHasAnAsciiFallbackAndTheExactName() {
        assertEquals("inline; filename=\"Rechnung _lwechsel.pdf\"; filename*=UTF-8''Rechnung%20%C3%96lwechsel.pdf",
                FileNames.contentDisposition("Rechnung Ölwechsel.pdf", true));
        assertEquals("attachment; filename=\"a_b.txt\"; filename*=UTF-8''a%22b.txt",
                FileNames.contentDisposition("a\"b.txt", false));
    }

    @Test
    void zipEntriesWithTheSameNameAreNumbered() {
        Set<String> taken = new HashSet<>();
        assertEquals("receipt.pdf", DocumentArchive.unique("receipt.pdf", taken));
        assertEquals("receipt (2).pdf", DocumentArchive.unique("receipt.pdf", taken));
        assertEquals("RECEIPT (3).pdf", DocumentArchive.unique("RECEIPT.pdf", taken));
        assertEquals("notes", DocumentArchive.unique("notes", taken));
        assertEquals("notes (2)", DocumentArchive.unique("notes", taken));
    }
}
