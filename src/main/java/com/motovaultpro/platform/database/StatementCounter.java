package com.motovaultpro.platform.database;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate calls this with every SQL statement it prepares (persistence.xml); each is counted in
 * {@code motovault_database_operations_total{operation,table}}. The benchmark of the cache reads
 * this counter to tell how many statements a view costs.
 */
public class StatementCounter implements StatementInspector {

    private static volatile DatabaseOperations operations;

    @Override
    public String inspect(String sql) {
        DatabaseOperations counter = operations;
        if (counter == null) {
            counter = CDI.current().select(DatabaseOperations.class).get();
            operations = counter;
        }
        counter.count(StatementKind.of(sql));
        return sql;
    }
}
