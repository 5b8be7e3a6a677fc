package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParametersOneOfTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(nullValues = "none", value = {"true,true", "FALSE,false", "' True ',true", "'',none", "none,none"})
    void aChoiceInAnyCaseOrNothing(String value, String expected) {
        assertEquals(Optional.ofNullable(expected), QueryParameters.oneOf("dryRun", value, "true", "false"));
    }

    @ParameterizedTest
    @CsvSource({"yes", "1", "truee"})
    void anythingElseIsRefusedNamingTheChoices(String value) {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class,
                () -> QueryParameters.oneOf("dryRun", value, "true", "false"));
        assertEquals("dryRun", refused.parameter());
        assertEquals("must be one of true, false", refused.getMessage());
    }
}
