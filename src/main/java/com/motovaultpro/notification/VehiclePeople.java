package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Who hears about a vehicle: its owner and everyone who accepted a share of it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VehiclePeople {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<Long> of(long vehicleId) {
        return em.createNativeQuery("SELECT owner_id FROM vehicle WHERE id = ?1 UNION SELECT user_id FROM vehicle_share"
                        + " WHERE vehicle_id = ?1 AND accepted_at IS NOT NULL")
                .setParameter(1, vehicleId).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }
}
