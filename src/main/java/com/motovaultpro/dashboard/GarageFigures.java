package com.motovaultpro.dashboard;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The garage tiles' totals ({@link DashboardRepository#totals}: an aggregate over every record of
 * a vehicle), kept per vehicle in the cache under the vehicle's generation: read again only after
 * the vehicle's records changed.
 */
@ApplicationScoped
public class GarageFigures {

    @Inject
    DashboardRepository repository;

    @Inject
    TwoLevelCache cache;

    /** A vehicle's totals as cached; {@code totals} null: it has no records yet. */
    record Cached(DashboardRepository.VehicleTotals totals) implements Serializable {
    }

    /**
     * The totals of each of {@code vehicleIds} that has records (the caller has checked access).
     * Each vehicle is looked up, and loaded if missing, on its own: the cache reads a vehicle's
     * generation before its loader runs, so a change committed meanwhile is never stored under the
     * newer generation (a batch load for all missing vehicles could do exactly that).
     */
    public Map<Long, DashboardRepository.VehicleTotals> totals(Collection<Long> vehicleIds) {
        Map<Long, DashboardRepository.VehicleTotals> totals = new HashMap<>();
        for (long id : vehicleIds) {
            put(totals, id, cache.get(CacheName.GARAGE, scope(id), "", Cached.class,
                    () -> new Cached(repository.totals(List.of(id)).get(id))));
        }
        return totals;
    }

    private static void put(Map<Long, DashboardRepository.VehicleTotals> totals, long id, Cached cached) {
        if (cached.totals() != null) {
            totals.put(id, cached.totals());
        }
    }

    private static List<String> scope(long vehicleId) {
        return List.of(VehicleScoped.scopeOf(vehicleId));
    }
}
