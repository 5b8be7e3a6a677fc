package com.motovaultpro.vehicle;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.validation.BeanValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Vehicle use cases for the signed-in user. Every method resolves vehicles through the caller's
 * ownership, so no page or API route can reach someone else's vehicle.
 */
@ApplicationScoped
@Transactional
public class VehicleService {

    private static final Logger LOG = Logger.getLogger(VehicleService.class.getName());

    @Inject
    VehicleRepository vehicles;

    @Inject
    CurrentUser currentUser;

    @Inject
    BeanValidation validation;

    public List<Vehicle> garage() {
        return vehicles.ownedBy(currentUser.id());
    }

    public Vehicle get(long id) {
        return vehicles.findOwned(id, currentUser.id()).orElseThrow(() -> new VehicleNotFoundException(id));
    }

    public Vehicle create(Vehicle details) {
        Vehicle vehicle = new Vehicle();
        vehicle.copyDetailsFrom(details);
        vehicle.normalize();
        validation.check(vehicle);
        vehicle.setOwnerId(currentUser.id());
        vehicles.add(vehicle);
        vehicles.flush();
        LOG.info(() -> "Vehicle " + vehicle.getId() + " added by user " + currentUser.id());
        return vehicle;
    }

    /**
     * Applies the edited details. With {@code expectedVersion} the update only succeeds if nobody
     * changed the vehicle since that version was read (no lost updates).
     */
    public Vehicle update(long id, Vehicle details, OptionalLong expectedVersion) {
        Vehicle vehicle = get(id);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != vehicle.getVersion()) {
            throw new StaleVersionException("Vehicle", id);
        }
        Vehicle candidate = new Vehicle();
        candidate.copyDetailsFrom(details);
        candidate.normalize();
        validation.check(candidate);
        vehicle.copyDetailsFrom(candidate);
        vehicles.flush();
        return vehicle;
    }

    /** Moves the vehicle (and so its logbook) to the trash, from where it can be restored for 30 days. */
    public void delete(long id) {
        get(id).moveToTrash(currentUser.get().getUsername());
        vehicles.flush();
        LOG.info(() -> "Vehicle " + id + " moved to the trash by user " + currentUser.id());
    }
}
