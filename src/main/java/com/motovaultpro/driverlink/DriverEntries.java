package com.motovaultpro.driverlink;

import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.VehicleUseRecord;
import com.motovaultpro.platform.ratelimit.RateLimiters;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.security.TokenHash;
import com.motovaultpro.vehicle.OdometerReadings;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What the holder of a driver link may do, the token being their only credential: see which
 * vehicle it is and its last odometer reading, and add a fill-up or an odometer reading to it —
 * nothing else. Every entry is counted against the link's hourly limit before it is checked, is
 * signed with the link ({@link DriverLink#author}) and is in the audit log.
 */
@ApplicationScoped
@Transactional
public class DriverEntries {

    private static final Logger LOG = Logger.getLogger(DriverEntries.class.getName());

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    LogbookService logbook;

    @Inject
    OdometerReadings readings;

    @Inject
    AuditLog audit;

    @Inject
    RateLimiters rateLimits;

    Clock clock = Clock.systemUTC();

    /** Whether a token opens anything, and why not. */
    public enum State {
        /** A working link to a vehicle that takes entries. */
        OPEN,
        /** No link has this token (or its vehicle is gone). */
        UNKNOWN,
        EXPIRED,
        REVOKED,
        /** The vehicle was sold: it takes no new entries. */
        SOLD,
        /** This client tried too many unknown links; nothing was looked up. */
        BLOCKED
    }

    /**
     * What a token opened: with {@code OPEN} (and EXPIRED, REVOKED, SOLD) its link; with
     * {@code OPEN} also the vehicle, its last reading and the currency its owner keeps costs in.
     */
    public record Opened(State state, DriverLink link, Vehicle vehicle, BigDecimal lastOdometer, Currency currency) {

        static Opened closed(State state, DriverLink link) {
            return new Opened(state, link, null, null, null);
        }
    }

    /**
     * Opens the link with this token for a page view. Unknown tokens count against the client's
     * address; past the limit, the client is refused before any lookup.
     */
    public Opened open(String token, String clientAddress) {
        if (rateLimits.driverLinkLookupBlocked(clientAddress).isPresent()) {
            return Opened.closed(State.BLOCKED, null);
        }
        Optional<DriverLink> link = find(token, LockModeType.NONE);
        if (link.isEmpty()) {
            rateLimits.driverLinkLookupFailed(clientAddress);
            if (rateLimits.driverLinkLookupBlocked(clientAddress).isPresent()
                    && rateLimits.firstInWindow("driver-link-guessing:" + clientAddress, Duration.ofMinutes(10))) {
                LOG.warning(() -> "Driver links: repeated unknown links from " + clientAddress + "; held back for a while");
            }
            return Opened.closed(State.UNKNOWN, null);
        }
        return opened(link.get());
    }

    /**
     * Adds the entry through the link: refused (nothing saved) unless the link still works, its
     * vehicle takes entries and the link is within its hourly limit; the logbook's own checks
     * follow (a ConstraintViolationException or RecordRuleException says what to correct).
     */
    public <T extends VehicleUseRecord> T add(String token, T record) {
        DriverLink link = find(token, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DriverLinkException(DriverLinkException.Reason.NO_SUCH_LINK));
        Optional<Vehicle> vehicle = vehicleOf(link);
        switch (state(link, vehicle)) {
            case OPEN -> {
            }
            case SOLD -> throw new DriverLinkException(DriverLinkException.Reason.VEHICLE_SOLD);
            default -> throw new DriverLinkException(DriverLinkException.Reason.NO_SUCH_LINK);
        }
        if (rateLimits.driverLinkEntry(link.getId()).isPresent()) {
            if (rateLimits.firstInWindow("driver-link-throttled:" + link.getId(), Duration.ofHours(1))) {
                audit.record(AuditAction.DRIVER_LINK_THROTTLED, link.author(), DriverLinkService.subject(link.getVehicleId()),
                        "\"" + link.getLabel() + "\": more than " + rateLimits.driverLinkEntries().max() + " entries in an hour");
            }
            throw new DriverLinkException(DriverLinkException.Reason.TOO_MANY_ENTRIES);
        }
        T saved = logbook.createFor(vehicle.get(), record, link.author());
        link.used(clock.instant());
        audit.record(AuditAction.DRIVER_LINK_ENTRY, link.author(), DriverLinkService.subject(link.getVehicleId()),
                "\"" + link.getLabel() + "\" added " + saved.recordType() + " record " + saved.getId());
        return saved;
    }

    /** What the page shows for a link: only a working link also reads the last reading and the owner's currency. */
    private Opened opened(DriverLink link) {
        Optional<Vehicle> vehicle = vehicleOf(link);
        State state = state(link, vehicle);
        if (state != State.OPEN) {
            return Opened.closed(state, state == State.UNKNOWN ? null : link);
        }
        long id = vehicle.get().getId();
        UserAccount owner = em.find(UserAccount.class, vehicle.get().getOwnerId());
        String language = owner.getLocale() == null ? "en" : owner.getLocale();
        Currency currency = DisplayPreferences.resolve(language, owner.getDisplayPreferences()).currency();
        return new Opened(State.OPEN, link, vehicle.get(), readings.highest(Set.of(id)).get(id), currency);
    }

    /** Whether a link works: revoked or expired, else its vehicle gone (unknown), sold, or open. */
    private State state(DriverLink link, Optional<Vehicle> vehicle) {
        CredentialStatus status = link.status(clock.instant());
        if (status != CredentialStatus.ACTIVE) {
            return status == CredentialStatus.REVOKED ? State.REVOKED : State.EXPIRED;
        }
        if (vehicle.isEmpty()) {
            return State.UNKNOWN;
        }
        return vehicle.get().isSold() ? State.SOLD : State.OPEN;
    }

    /** The link's vehicle; a vehicle in the trash is not found (its entity's restriction), like one deleted for good. */
    private Optional<Vehicle> vehicleOf(DriverLink link) {
        return em.createQuery("SELECT v FROM Vehicle v WHERE v.id = :id", Vehicle.class)
                .setParameter("id", link.getVehicleId()).getResultStream().findFirst();
    }

    private Optional<DriverLink> find(String token, LockModeType lock) {
        if (!DriverLinkService.isTokenShaped(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(DriverLink.BY_TOKEN_HASH, DriverLink.class)
                .setParameter("hash", TokenHash.sha256Hex(token)).setLockMode(lock).getResultStream().findFirst();
    }
}
