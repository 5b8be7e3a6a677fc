package com.motovaultpro.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Loads and stores vehicles, always scoped to an owner. */
@ApplicationScoped
// Joins the caller's transaction or starts one: JPA is never used outside a JTA transaction,
// since Liberty cannot clean up a non-transactional EntityManager's connection reliably.
@Transactional
public class VehicleRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public List<Vehicle> ownedBy(long ownerId) {
        return em.createNamedQuery(Vehicle.OWNED_BY, Vehicle.class).setParameter("owner", ownerId).getResultList();
    }

    public Optional<Vehicle> findOwned(long id, long ownerId) {
        return em.createNamedQuery(Vehicle.BY_ID_AND_OWNER, Vehicle.class)
                .setParameter("id", id)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    public Vehicle add(Vehicle vehicle) {
        em.persist(vehicle);
        return vehicle;
    }

    public void flush() {
        em.flush();
    }
}
