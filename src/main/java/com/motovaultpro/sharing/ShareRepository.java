package com.motovaultpro.sharing;

import com.motovaultpro.account.UserAccount;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Loads and stores {@link VehicleShare}s. */
@ApplicationScoped
@Transactional
public class ShareRepository {

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    /**
     * The vehicle's collaborators and open invitations, accepted first, then by name. An open
     * invitation sent to an address shows that address only (see {@link Collaborator#of}).
     */
    public List<Collaborator> of(long vehicleId) {
        return em.createQuery("SELECT s, u FROM VehicleShare s JOIN UserAccount u ON u.id = s.userId"
                        + " WHERE s.vehicleId = :vehicle ORDER BY s.acceptedAt NULLS LAST,"
                        + " lower(CASE WHEN s.acceptedAt IS NULL AND s.invitedAddress IS NOT NULL"
                        + " THEN s.invitedAddress ELSE u.username END)", Object[].class)
                .setParameter("vehicle", vehicleId)
                .getResultStream()
                .map(row -> Collaborator.of((VehicleShare) row[0], (UserAccount) row[1]))
                .toList();
    }

    /** The share of {@code userId} on the vehicle, locked for the change about to be made. */
    public Optional<VehicleShare> findForUpdate(long vehicleId, long userId) {
        return em.createQuery("SELECT s FROM VehicleShare s WHERE s.vehicleId = :vehicle AND s.userId = :user",
                        VehicleShare.class)
                .setParameter("vehicle", vehicleId)
                .setParameter("user", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Open invitations to {@code userId}, newest first (vehicles in the trash are left out). */
    public List<Invitation> invitationsFor(long userId) {
        return em.createQuery("SELECT s, v, o, i FROM VehicleShare s JOIN Vehicle v ON v.id = s.vehicleId"
                        + " JOIN UserAccount o ON o.id = v.ownerId LEFT JOIN UserAccount i ON i.id = s.invitedBy"
                        + " WHERE s.userId = :user AND s.acceptedAt IS NULL ORDER BY s.createdAt DESC, s.id DESC",
                        Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .map(row -> {
                    VehicleShare share = (VehicleShare) row[0];
                    Vehicle vehicle = (Vehicle) row[1];
                    UserAccount owner = (UserAccount) row[2];
                    UserAccount inviter = (UserAccount) row[3];
                    return new Invitation(vehicle.getId(), vehicle.getIdentifier(), owner.getDisplayName(),
                            inviter == null ? null : inviter.getDisplayName(), share.getRole(), share.getCreatedAt());
                })
                .toList();
    }

    public void add(VehicleShare share) {
        em.persist(share);
        em.flush();
    }

    public void remove(VehicleShare share) {
        em.remove(share);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
