package com.motovaultpro.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Media types compare case-insensitively and without parameters, in every filter alike. */
class MediaTypesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}, form upload: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            multipart/form-data; boundary=x        | multipart/form-data | true
            Multipart/Form-Data; boundary=x        | multipart/form-data | true
            MULTIPART/FORM-DATA                    | multipart/form-data | true
            '  multipart/form-data ;boundary=x'    | multipart/form-data | true
            multipart/mixed; boundary=x            | multipart/mixed     | false
            Application/JSON; Charset=UTF-8        | application/json    | false
            application/x-www-form-urlencoded      | application/x-www-form-urlencoded | false
            ''                                     | -                   | false
            -                                      | -                   | false
            """)
    void comparesTheEssenceInLowerCase(String header, String essence, boolean upload) {
        assertEquals(Optional.ofNullable(essence), MediaTypes.essence(header));
        assertEquals(upload, MediaTypes.isMultipartFormData(header));
    }

    @ParameterizedTest(name = "{0}, {1} bytes -> oversized: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            application/x-www-form-urlencoded | 1048576 | false
            application/x-www-form-urlencoded | 1048577 | true
            Multipart/Form-Data; boundary=x   | 1048577 | false
            Multipart/Form-Data; boundary=x   | 3145729 | true
            multipart/form-data; boundary=x   | 3145728 | false
            """)
    void everyFilterAppliesTheSameBodyLimit(String type, long length, boolean oversized) {
        var request = FakeRequest.of("http", "cars.example.org", 9080, "Content-Type", type,
                "Content-Length", Long.toString(length));
        assertEquals(oversized, RequestSizeFilter.oversized(request, 2 * 1024 * 1024));
    }
}
