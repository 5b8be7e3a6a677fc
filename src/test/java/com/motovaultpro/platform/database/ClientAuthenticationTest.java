package com.motovaultpro.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pg_hba.conf rules that let connections in without a password become scram-sha-256; nothing else changes. */
class ClientAuthenticationTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "local   all             all                                     trust|local all all scram-sha-256",
        "host    all             all             127.0.0.1/32            trust|host all all 127.0.0.1/32 scram-sha-256",
        "host    replication     all             ::1/128                 trust|host replication all ::1/128 scram-sha-256",
        "host all all 127.0.0.1 255.255.255.255 trust # old style|host all all 127.0.0.1 255.255.255.255 scram-sha-256 # old style",
        "local   trust           trust                                   trust|local trust trust scram-sha-256",
        "host    all             all             trust                   md5|host    all             all             trust                   md5",
        "host    all             all             127.0.0.1/32            scram-sha-256|host    all             all             127.0.0.1/32            scram-sha-256",
        "# TYPE  DATABASE        USER            ADDRESS                 METHOD trust|# TYPE  DATABASE        USER            ADDRESS                 METHOD trust",
        "''|''",
    })
    void requiresAPasswordWhereARuleTrusted(String line, String expected) {
        assertEquals(expected, ClientAuthentication.requirePassword(line));
    }
}
