package com.motovaultpro.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.motovaultpro.notification.ChannelProblem.Code;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which channels of a restored export are left out (the server cannot serve them) and which refuse it. */
class NotificationPersonalDataTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
        // nothing wrong: set up
        "'',                                   -",
        // what this server lacks: left out, the rest of the restore goes on
        "EMAIL_UNAVAILABLE,                    EMAIL_UNAVAILABLE",
        "DESTINATION_REFUSED,                  DESTINATION_REFUSED",
        // not valid: the restore is refused
        "KIND_UNKNOWN,                         -",
        "NOT_A_URL,                            -",
        "SECRET_INVALID,                       -",
        "TOKEN_REQUIRED,                       -",
        "NAME_REQUIRED,                        -",
        // left out only when that is all that is wrong
        "EMAIL_UNAVAILABLE NAME_REQUIRED,      -",
        "DESTINATION_REFUSED SECRET_INVALID,   -",
    })
    void aChannelIsLeftOutOnlyForWhatThisServerLacks(String codes, String reason) {
        List<ChannelProblem> problems = codes.isBlank() ? List.of() : Arrays.stream(codes.split(" "))
                .map(code -> new ChannelProblem("field", Code.valueOf(code), null)).toList();
        assertEquals(Optional.ofNullable(reason), NotificationPersonalData.leftOutFor(problems));
    }
}
