package com.motovaultpro.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Loads and stores vehicles, always through a user's access to them (owner or collaborator). */
@ApplicationScoped
// Joins the caller's transaction or starts one: JPA is never used outside a JTA transaction,
// since Liberty cannot clean up a non-transactional EntityManager's connection reliably.
@Transactional
public class VehicleRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /** The vehicles {@code userId} owns or collaborates on, with their role, in garage order. */
    public List<VehicleAccess> accessibleBy(long userId) {
        return em.createNamedQuery(Vehicle.ACCESSIBLE_BY, Object[].class).setParameter("user", userId)
                .getResultStream().map(row -> access(row, userId)).toList();
    }

    /** The vehicle with its role for {@code userId}; empty if it does not exist or is not theirs to see. */
    public Optional<VehicleAccess> findAccessible(long id, long userId) {
        TypedQuery<Object[]> query = em.createNamedQuery(Vehicle.BY_ID_ACCESSIBLE_BY, Object[].class)
                .setParameter("id", id)
                .setParameter("user", userId);
        return query.getResultStream().findFirst().map(row -> access(row, userId));
    }

    private static VehicleAccess access(Object[] row, long userId) {
        Vehicle vehicle = (Vehicle) row[0];
        return new VehicleAccess(vehicle, vehicle.getOwnerId() == userId ? VehicleRole.OWNER : (VehicleRole) row[1]);
    }

    public Vehicle add(Vehicle vehicle) {
        em.persist(vehicle);
        return vehicle;
    }

    public void flush() {
        em.flush();
    }
}
