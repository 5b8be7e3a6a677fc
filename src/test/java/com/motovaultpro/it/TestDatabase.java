package com.motovaultpro.it;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * SQL straight into a test server's embedded PostgreSQL, for what the API cannot arrange or show
 * (backdating, stored columns): as its superuser, with the password the server generated.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect(LibertyServer server) throws SQLException {
        return connect(server, "motovault");
    }

    static Connection connect(LibertyServer server, String database) throws SQLException {
        return DriverManager.getConnection(url(server, database), "postgres", password(server));
    }

    static String url(LibertyServer server, String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.dbPort() + "/" + database;
    }

    /** The password in {@code <data dir>/postgres.password}, written by the server on its first start. */
    static String password(LibertyServer server) {
        try {
            return Files.readString(server.dataDir().resolve("postgres.password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException("The test server wrote no database password (has it started?)", e);
        }
    }
}
