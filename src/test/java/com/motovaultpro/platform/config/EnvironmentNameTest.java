package com.motovaultpro.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A key's environment variable follows MicroProfile Config: non-alphanumerics become '_', upper case. */
class EnvironmentNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "motovault.db.pool.max.size,             MOTOVAULT_DB_POOL_MAX_SIZE",
            "motovault.data.dir,                     MOTOVAULT_DATA_DIR",
            "motovault.security.password.iterations, MOTOVAULT_SECURITY_PASSWORD_ITERATIONS",
            "a-b/c:d,                                A_B_C_D",
            "already_UPPER_9,                        ALREADY_UPPER_9",
            "x..y,                                   X__Y",
    })
    void mapsKeyToEnvironmentVariable(String key, String variable) {
        assertEquals(variable, EnvironmentName.of(key));
    }
}
