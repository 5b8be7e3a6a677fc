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

    /** Uploads up to 2 MiB, restores up to 8 MiB. */
    @ParameterizedTest(name = "{0} to {1}, {2} bytes -> oversized: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            application/x-www-form-urlencoded | /index.xhtml            | 1048576 | false
            application/x-www-form-urlencoded | /index.xhtml            | 1048577 | true
            Multipart/Form-Data; boundary=x   | /index.xhtml            | 1048577 | false
            Multipart/Form-Data; boundary=x   | /index.xhtml            | 3145729 | true
            multipart/form-data; boundary=x   | /index.xhtml            | 3145728 | false
            text/csv                          | /api/v1/vehicles/1/imports/fuel | 2097152 | false
            text/csv                          | /api/v1/vehicles/1/imports/fuel | 2097153 | true
            application/zip                   | /api/v1/vehicles/1/imports/fuel | 1048577 | true
            application/zip                   | /api/v1/account/import  | 8388608 | false
            application/zip                   | /api/v1/account/import  | 8388609 | true
            multipart/form-data; boundary=x   | /settings.xhtml         | 9437184 | false
            multipart/form-data; boundary=x   | /settings.xhtml         | 9437185 | true
            application/json                  | /api/v1/account/import  | 1048577 | true
            """)
    void everyFilterAppliesTheSameBodyLimit(String type, String path, long length, boolean oversized) {
        var request = FakeRequest.at(path, "http", "cars.example.org", 9080, "Content-Type", type,
                "Content-Length", Long.toString(length));
        assertEquals(oversized, RequestSizeFilter.oversized(request, 2 * 1024 * 1024, 8 * 1024 * 1024));
    }
}
