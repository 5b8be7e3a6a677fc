package com.motovaultpro.dashboard;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The garage tiles' totals ({@link DashboardRepository#totals}: an aggregate over every record of
 * a vehicle), kept per vehicle in the cache under the vehicle's generation: read again only after
 * the vehicle's records changed, and the vehicles not cached in one statement.
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

    /** The totals of each of {@code vehicleIds} that has records (the caller has checked access). */
    public Map<Long, DashboardRepository.VehicleTotals> totals(Collection<Long> vehicleIds) {
        Map<Long, DashboardRepository.VehicleTotals> totals = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : vehicleIds) {
            cache.find(CacheName.GARAGE, scope(id), "", Cached.class, Optional::empty)
                    .ifPresentOrElse(cached -> put(totals, id, cached), () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            Map<Long, DashboardRepository.VehicleTotals> loaded = repository.totals(missing);
            for (long id : missing) {
                put(totals, id, cache.get(CacheName.GARAGE, scope(id), "", Cached.class, () -> new Cached(loaded.get(id))));
            }
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
