package com.motovaultpro.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The labels of motovault_database_operations_total: operation and first table, never values. */
class StatementKindTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "select v1_0.id,v1_0.name from vehicle v1_0 where v1_0.id=?|select|vehicle",
        "SELECT count(*) FROM logbook_record WHERE vehicle_id = ?|select|logbook_record",
        "  with recursive t as (select 1) select * from t|select|t",
        "(select id from document) union (select id from vehicle)|select|document",
        "insert into logbook_record (cost,date) values (?,?)|insert|logbook_record",
        "update vehicle set deleted_at=? where id=?|update|vehicle",
        "UPDATE \"api_key\" SET last_used_at = ?1|update|api_key",
        "delete from vehicle_share where id=?|delete|vehicle_share",
        "DELETE FROM ONLY document d WHERE d.id = 1|delete|document",
        "LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE|other|none",
        "select nextval('seq')|select|none",
        "''|other|none",
    })
    void readsOperationAndTable(String sql, String operation, String table) {
        assertEquals(new StatementKind(operation, table), StatementKind.of(sql));
    }
}
