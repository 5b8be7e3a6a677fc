package com.motovaultpro.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The highest odometer reading recorded for each of a set of vehicles, in one query. */
@ApplicationScoped
@Transactional
public class OdometerReadings {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public Map<Long, BigDecimal> highest(Collection<Long> vehicleIds) {
        Map<Long, BigDecimal> highest = new HashMap<>();
        if (vehicleIds.isEmpty()) {
            return highest;
        }
        em.createQuery("SELECT r.vehicleId, max(r.odometer) FROM VehicleUseRecord r"
                        + " WHERE r.vehicleId IN :vehicles AND r.odometer IS NOT NULL GROUP BY r.vehicleId", Object[].class)
                .setParameter("vehicles", vehicleIds)
                .getResultList()
                .forEach(row -> highest.put((Long) row[0], (BigDecimal) row[1]));
        return highest;
    }
}
