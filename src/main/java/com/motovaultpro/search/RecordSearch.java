package com.motovaultpro.search;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleAccess;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the caller's records across every vehicle they may see (owned, or shared with them in any
 * role — the same list as the garage, capped by an API key's scope) and their shop supplies, by
 * the words of their text (full-text, V25) or an amount they cost; newest first. Records and
 * vehicles in the trash are not found.
 */
@ApplicationScoped
@Transactional
public class RecordSearch {

    /** The most hits one search returns. */
    public static final int MAX_HITS = 100;

    private static final int SUMMARY_LENGTH = 120;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    CurrentUser currentUser;

    public List<SearchHit> search(SearchQuery query, int limit) {
        Map<Long, Vehicle> visible = vehicles.garage().stream().map(VehicleAccess::vehicle)
                .collect(Collectors.toMap(Vehicle::getId, Function.identity()));
        String matches = "r.search_document @@ plainto_tsquery('simple', :text)"
                + query.amount().map(a -> " OR r.cost = :amount").orElse("");
        String where = visible.isEmpty() ? "r.vehicle_id IS NULL AND r.owner_id = :user"
                : "(r.vehicle_id IN (:vehicles) OR (r.vehicle_id IS NULL AND r.owner_id = :user))";
        Query sql = em.createNativeQuery("SELECT r.id, r.record_type, r.vehicle_id, r.record_date,"
                + " coalesce(r.description, r.title, r.part_number), r.notes, r.cost, array_to_string(r.tags, ' ')"
                + " FROM logbook_record r WHERE r.deleted_at IS NULL AND " + where + " AND (" + matches + ")"
                + " ORDER BY r.record_date DESC, r.id DESC LIMIT :limit")
                .setParameter("user", currentUser.id())
                .setParameter("text", query.text())
                .setParameter("limit", Math.max(1, Math.min(limit, MAX_HITS)));
        if (!visible.isEmpty()) {
            sql.setParameter("vehicles", visible.keySet());
        }
        query.amount().ifPresent(a -> sql.setParameter("amount", a));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.getResultList();
        return rows.stream().map(row -> hit(row, visible)).toList();
    }

    private static SearchHit hit(Object[] row, Map<Long, Vehicle> visible) {
        Long vehicleId = row[2] == null ? null : ((Number) row[2]).longValue();
        String summary = row[4] != null ? (String) row[4] : row[5] == null ? null : shortened((String) row[5]);
        String tags = (String) row[7];
        return new SearchHit(((Number) row[0]).longValue(), (String) row[1], vehicleId,
                vehicleId == null ? null : visible.get(vehicleId).getIdentifier(), date(row[3]), summary,
                (BigDecimal) row[6], tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private static String shortened(String notes) {
        String line = notes.strip().replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
