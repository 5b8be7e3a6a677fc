package com.motovaultpro.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The aggregate queries behind dashboards, charts and the garage. Each is one statement that
 * groups in PostgreSQL (by month, type or vehicle) over the live-records-by-date index, so the
 * rows returned are bounded by months × types, never by the number of records.
 */
@ApplicationScoped
@Transactional
public class DashboardRepository {

    private static final String EXPENSES = ExpenseType.RECORD_TYPES.stream().map(t -> "'" + t + "'")
            .collect(Collectors.joining(", ", "record_type IN (", ")"));

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** Two statements: expenses per month and type, and odometer range per month (with the first record's date). */
    public VehicleFigures figures(long vehicleId) {
        List<MonthlyCost> costs = rows("SELECT date_trunc('month', record_date)::date, record_type, sum(cost)"
                + " FROM logbook_record WHERE vehicle_id = ?1 AND deleted_at IS NULL AND cost IS NOT NULL AND " + EXPENSES
                + " GROUP BY 1, 2", vehicleId).stream()
                .map(r -> new MonthlyCost(month(r[0]), ExpenseType.valueOf((String) r[1]), (BigDecimal) r[2]))
                .toList();
        // One pass over the vehicle's live records: odometer range per month; months without a
        // reading come back with null ranges but still carry the earliest record date.
        List<Object[]> months = rows("SELECT date_trunc('month', record_date)::date, min(odometer), max(odometer),"
                + " min(record_date) FROM logbook_record WHERE vehicle_id = ?1 AND deleted_at IS NULL GROUP BY 1", vehicleId);
        Optional<LocalDate> first = months.stream().map(r -> date(r[3])).min(LocalDate::compareTo);
        List<MonthlyReadings> readings = months.stream().filter(r -> r[1] != null)
                .map(r -> new MonthlyReadings(month(r[0]), (BigDecimal) r[1], (BigDecimal) r[2]))
                .toList();
        Optional<BigDecimal> highest = readings.stream().map(MonthlyReadings::highest).max(BigDecimal::compareTo);
        return new VehicleFigures(new CostBreakdown(costs), new DistancePerMonth(readings), first, highest);
    }

    /** The vehicle's {@code limit} latest records (plans are intentions, not history), newest first. */
    public List<RecentRecord> recent(long vehicleId, int limit) {
        return rows(em.createNativeQuery("SELECT id, record_type, record_date, coalesce(description, title), cost,"
                        + " odometer FROM logbook_record WHERE vehicle_id = ?1 AND deleted_at IS NULL"
                        + " AND record_type <> 'PLAN' ORDER BY record_date DESC, id DESC", Object[].class)
                .setParameter(1, vehicleId)
                .setMaxResults(limit)).stream()
                .map(r -> new RecentRecord(((Number) r[0]).longValue(), (String) r[1], date(r[2]),
                        (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5]))
                .toList();
    }

    /** What a garage tile shows of one vehicle: money spent, distance covered and the highest reading. */
    public record VehicleTotals(BigDecimal cost, BigDecimal distance, BigDecimal highestReading) implements Serializable {
    }

    /**
     * Everything spent on each of {@code vehicleIds}, the distance it covered (highest minus lowest
     * odometer) and its highest reading, in one statement; vehicles without records are absent.
     */
    public Map<Long, VehicleTotals> totals(Collection<Long> vehicleIds) {
        Map<Long, VehicleTotals> totals = new HashMap<>();
        if (vehicleIds.isEmpty()) {
            return totals;
        }
        rows(em.createNativeQuery("SELECT vehicle_id, coalesce(sum(cost) FILTER (WHERE " + EXPENSES + "), 0),"
                        + " max(odometer) - min(odometer), max(odometer) FROM logbook_record"
                        + " WHERE vehicle_id IN (?1) AND deleted_at IS NULL GROUP BY vehicle_id", Object[].class)
                .setParameter(1, vehicleIds))
                .forEach(r -> totals.put(((Number) r[0]).longValue(),
                        new VehicleTotals((BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3])));
        return totals;
    }

    private List<Object[]> rows(String sql, long vehicleId) {
        return rows(em.createNativeQuery(sql, Object[].class).setParameter(1, vehicleId));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static YearMonth month(Object date) {
        return YearMonth.from(date(date));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
