package com.motovaultpro.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Who the application connects as. Liberty's data source carries the external database's user and
 * password (server.xml); the embedded database's password is only known once it has started (it
 * is generated on the first start), so the startup sequence hands it over here and every
 * connection the application opens (JPA, Flyway, the readiness check) asks for it explicitly.
 */
@ApplicationScoped
public class DatabaseCredentials {

    private volatile String user;
    private volatile String password;

    /** From now on connections are opened as {@code user} with {@code password}. */
    void use(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** A connection from the container's data source, with the embedded database's password if it runs. */
    public Connection connect(DataSource dataSource) throws SQLException {
        String knownUser = user;
        return knownUser == null ? dataSource.getConnection() : dataSource.getConnection(knownUser, password);
    }

    /** {@code dataSource} as a library that calls {@code getConnection()} (Flyway) should see it. */
    DataSource around(DataSource dataSource) {
        return new Credentialed(dataSource);
    }

    private final class Credentialed implements DataSource {
        private final DataSource target;

        Credentialed(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connect(target);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return target.getConnection(username, pass);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || target.isWrapperFor(type);
        }
    }
}
