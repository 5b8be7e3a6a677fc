package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who hears about a vehicle: its owner and everyone who accepted a share of it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VehiclePeople {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<Long> of(long vehicleId) {
        return of(List.of(vehicleId)).getOrDefault(vehicleId, List.of());
    }

    /** Each vehicle's people, in one statement. */
    public Map<Long, List<Long>> of(List<Long> vehicleIds) {
        Map<Long, List<Long>> people = new HashMap<>();
        if (vehicleIds.isEmpty()) {
            return people;
        }
        List<?> rows = em.createNativeQuery("SELECT id, owner_id FROM vehicle WHERE id IN (:ids) UNION"
                        + " SELECT vehicle_id, user_id FROM vehicle_share WHERE vehicle_id IN (:ids) AND accepted_at IS NOT NULL")
                .setParameter("ids", vehicleIds).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            people.computeIfAbsent(((Number) cells[0]).longValue(), k -> new ArrayList<>()).add(((Number) cells[1]).longValue());
        }
        return people;
    }
}
