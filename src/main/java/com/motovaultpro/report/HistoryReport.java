package com.motovaultpro.report;

import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A vehicle's history (every record but plans, oldest first) for the printable report and its
 * PDF. The lines stream from one statement in fetch-size batches straight to the writer, so a
 * report of 20,000 records never holds them all in memory.
 */
@ApplicationScoped
@Transactional
public class HistoryReport {

    private static final int FETCH_SIZE = 500;

    @Inject
    VehicleService vehicles;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** The caller's vehicle (404 otherwise): resolve it before the response starts. */
    public Vehicle vehicle(long vehicleId) {
        return vehicles.get(vehicleId, Permission.READ);
    }

    /**
     * Hands each line of {@code vehicle} (resolved through {@link #vehicle(long)}, so the caller's)
     * within {@code filter} to {@code sink}, in date order.
     */
    public void lines(Vehicle vehicle, ReportFilter filter, Consumer<ReportLine> sink) {
        StringBuilder sql = new StringBuilder("SELECT id, record_type, record_date, coalesce(description, title),"
                + " odometer, cost, tags, notes, quantity FROM logbook_record"
                + " WHERE vehicle_id = :vehicle AND deleted_at IS NULL AND record_type <> 'PLAN'");
        filter.from().ifPresent(d -> sql.append(" AND record_date >= :from"));
        filter.to().ifPresent(d -> sql.append(" AND record_date <= :to"));
        if (!filter.tags().isEmpty()) {
            sql.append(" AND (");
            for (int i = 0; i < filter.tags().size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append(":tag").append(i).append(" = ANY(tags)");
            }
            sql.append(")");
        }
        sql.append(" ORDER BY record_date, id");
        Query query = em.createNativeQuery(sql.toString(), Object[].class)
                .setParameter("vehicle", vehicle.getId())
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true);
        filter.from().ifPresent(d -> query.setParameter("from", d));
        filter.to().ifPresent(d -> query.setParameter("to", d));
        for (int i = 0; i < filter.tags().size(); i++) {
            query.setParameter("tag" + i, filter.tags().get(i));
        }
        try (Stream<?> rows = query.getResultStream()) {
            rows.map(o -> line((Object[]) o)).forEach(sink);
        }
    }

    private static ReportLine line(Object[] r) {
        return new ReportLine(((Number) r[0]).longValue(), (String) r[1],
                r[2] instanceof Date d ? d.toLocalDate() : (LocalDate) r[2], (String) r[3], (BigDecimal) r[4],
                (BigDecimal) r[5], (BigDecimal) r[8], tags(r[6]), (String) r[7]);
    }

    private static List<String> tags(Object value) {
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            return array instanceof Object[] items ? Arrays.stream(items).map(String::valueOf).toList() : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read tags", e);
        }
    }
}
