package com.motovaultpro.vehicle;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.cache.VehicleScoped;
import com.motovaultpro.platform.persistence.StaleVersionException;
import com.motovaultpro.platform.security.KeyScopeException;
import com.motovaultpro.platform.validation.BeanValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Vehicle use cases for the signed-in user. Every method resolves vehicles through the caller's
 * access (owner or collaborator) and the role that access carries: a vehicle nobody shared with
 * the caller does not exist for them (404); one they may see but not change this way is refused
 * (403). Every page and API route reaches vehicles through here.
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

    @Inject
    TwoLevelCache cache;

    /** The caller's role on a vehicle as cached; {@code role} null: no access. */
    record CachedRole(VehicleRole role) implements Serializable {
    }

    /** The caller's vehicles: owned and shared with them, each with the caller's role. */
    public List<VehicleAccess> garage() {
        return vehicles.accessibleBy(currentUser.id()).stream().map(this::capped).toList();
    }

    /**
     * The caller's vehicles on which their role allows {@code permission}; for EDIT_RECORDS, not
     * the sold ones whose records are read-only.
     */
    public List<Vehicle> garage(Permission permission) {
        return garage().stream().filter(a -> a.allows(permission)).map(VehicleAccess::vehicle)
                .filter(v -> permission != Permission.EDIT_RECORDS || !v.isReadOnly()).toList();
    }

    /** The vehicle with the caller's role on it; 404 if they may not see it. */
    public VehicleAccess access(long id) {
        return vehicles.findAccessible(id, currentUser.id()).map(this::capped)
                .orElseThrow(() -> new VehicleNotFoundException(id));
    }

    /** The role, capped by the scope of the API key the request came with (if any). */
    private VehicleAccess capped(VehicleAccess access) {
        return currentUser.keyScope()
                .map(scope -> new VehicleAccess(access.vehicle(), access.role().cappedAt(VehicleRole.valueOf(scope))))
                .orElse(access);
    }

    /**
     * Refuses unless the caller's role on the vehicle allows {@code needed} (404 if unseen, 403 if
     * not allowed), without loading the vehicle: for views answered from the cache. The role is
     * cached under the vehicle's generation, which every change of the vehicle or its shares
     * replaces, so a revoked share takes effect on the next request.
     */
    public void check(long id, Permission needed) {
        long user = currentUser.id();
        Optional<VehicleRole> role = Optional.ofNullable(cache.get(CacheName.VEHICLE_ACCESS,
                List.of(VehicleScoped.scopeOf(id)), "user=" + user, CachedRole.class,
                () -> new CachedRole(vehicles.findAccessible(id, user).map(VehicleAccess::role).orElse(null))).role());
        VehicleRole effective = role.map(r -> currentUser.keyScope().map(s -> r.cappedAt(VehicleRole.valueOf(s))).orElse(r))
                .orElseThrow(() -> new VehicleNotFoundException(id));
        if (!effective.allows(needed)) {
            throw new VehicleAccessDeniedException(id, effective, needed);
        }
    }

    /** The vehicle, if the caller's role on it allows {@code needed}: 404 if unseen, 403 if not allowed. */
    public Vehicle get(long id, Permission needed) {
        return access(id, needed).vehicle();
    }

    /**
     * The vehicle with the caller's role, if it allows {@code needed}; changing the records of a
     * sold vehicle also needs them reopened (409 otherwise), whatever the role.
     */
    private VehicleAccess access(long id, Permission needed) {
        VehicleAccess access = access(id);
        if (!access.allows(needed)) {
            throw new VehicleAccessDeniedException(id, access.role(), needed);
        }
        if (needed == Permission.EDIT_RECORDS && access.vehicle().isReadOnly()) {
            throw new VehicleReadOnlyException(id, access.vehicle().getSoldDate());
        }
        return access;
    }

    /** Lets the records of a sold vehicle be changed again; a manager's decision. */
    public VehicleAccess reopenRecords(long id) {
        VehicleAccess access = access(id, Permission.MANAGE);
        Vehicle vehicle = access.vehicle();
        if (!vehicle.isSold()) {
            throw new VehicleNotSoldException(id);
        }
        if (vehicle.isReadOnly()) {
            vehicle.reopenRecords(currentUser.get().getUsername(), Instant.now());
            vehicles.flush();
            LOG.info(() -> "Records of sold vehicle " + id + " reopened by user " + currentUser.id());
        }
        return access;
    }

    /** Makes the records of a sold vehicle read-only again. */
    public VehicleAccess closeRecords(long id) {
        VehicleAccess access = access(id, Permission.MANAGE);
        Vehicle vehicle = access.vehicle();
        if (!vehicle.isSold()) {
            throw new VehicleNotSoldException(id);
        }
        vehicle.closeRecords();
        vehicles.flush();
        return access;
    }

    public Vehicle create(Vehicle details) {
        // Adding a vehicle is a manager's kind of change: VIEWER and EDITOR keys may not.
        currentUser.keyScope().map(VehicleRole::valueOf).filter(scope -> !scope.allows(Permission.MANAGE))
                .ifPresent(scope -> {
                    throw new KeyScopeException();
                });
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
     * changed the vehicle since that version was read (no lost updates). Returns the vehicle with the
     * caller's role, resolved once.
     */
    public VehicleAccess update(long id, Vehicle details, OptionalLong expectedVersion) {
        VehicleAccess access = access(id, Permission.MANAGE);
        Vehicle vehicle = access.vehicle();
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != vehicle.getVersion()) {
            throw new StaleVersionException("Vehicle", id);
        }
        Vehicle candidate = new Vehicle();
        candidate.copyDetailsFrom(details);
        candidate.normalize();
        validation.check(candidate);
        boolean newlySold = !vehicle.isSold() && candidate.isSold();
        vehicle.copyDetailsFrom(candidate);
        if (newlySold) {
            vehicle.closeRecords(); // sold: read-only by default, even if reopened when sold before
        }
        vehicles.flush();
        return access;
    }

    /** Moves the vehicle (and so its logbook) to the trash, from where it can be restored for 30 days. */
    public void delete(long id) {
        get(id, Permission.MANAGE).moveToTrash(currentUser.get().getUsername());
        vehicles.flush();
        LOG.info(() -> "Vehicle " + id + " moved to the trash by user " + currentUser.id());
    }
}
