package com.motovaultpro.platform.database;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl;

/**
 * Hibernate's connections from the container's data source, as {@link DatabaseCredentials} says,
 * handed out observed ({@link ObservedJdbc}): set as {@code hibernate.connection.provider_class}
 * in persistence.xml.
 */
public class ObservedConnectionProvider extends DatasourceConnectionProviderImpl {

    private static final long serialVersionUID = 1L;
    private transient volatile DatabaseOperations operations;
    private transient volatile DatabaseCredentials credentials;

    @Override
    public Connection getConnection() throws SQLException {
        return ObservedJdbc.connection(credentials().connect(getDataSource()), operations());
    }

    private DatabaseCredentials credentials() {
        DatabaseCredentials known = credentials;
        if (known == null) {
            known = CDI.current().select(DatabaseCredentials.class).get();
            credentials = known;
        }
        return known;
    }

    private DatabaseOperations operations() {
        DatabaseOperations known = operations;
        if (known == null) {
            known = CDI.current().select(DatabaseOperations.class).get();
            operations = known;
        }
        return known;
    }
}
