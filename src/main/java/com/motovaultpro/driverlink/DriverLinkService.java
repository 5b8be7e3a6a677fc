package com.motovaultpro.driverlink;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.security.TokenHash;
import com.motovaultpro.platform.validation.PlainTextValidator;
import com.motovaultpro.vehicle.Permission;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A vehicle's driver links, for the people who may manage the vehicle (owner and Managers, an API
 * key's scope capping them as everywhere): list, create (the token is in the answer once, only its
 * hash is kept) and revoke. Each creation and revocation is in the audit log.
 */
@ApplicationScoped
@Transactional
public class DriverLinkService {

    /** Working links per vehicle: plenty for a fleet car's drivers, a bound on what a leak can open. */
    static final int MAX_ACTIVE_LINKS = 20;
    /** Links listed per vehicle (newest first); revoked and expired ones stay listed for the record. */
    static final int MAX_LISTED = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    VehicleService vehicles;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A new link and its token, which is not stored and cannot be shown again. */
    public record IssuedLink(DriverLink link, String token) {
    }

    public List<DriverLink> of(long vehicleId) {
        vehicles.check(vehicleId, Permission.MANAGE);
        return em.createNamedQuery(DriverLink.OF_VEHICLE, DriverLink.class).setParameter("vehicle", vehicleId)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** A new link to the vehicle, working until {@code expiresAt} (null: until revoked). */
    public IssuedLink create(long vehicleId, String label, Instant expiresAt) {
        Vehicle vehicle = vehicles.get(vehicleId, Permission.MANAGE);
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > DriverLink.LABEL_MAX || !PlainTextValidator.isPlain(trimmed, false)) {
            throw new DriverLinkException(DriverLinkException.Reason.LABEL_REQUIRED);
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new DriverLinkException(DriverLinkException.Reason.EXPIRY_IN_PAST);
        }
        if (vehicle.isSold()) {
            throw new DriverLinkException(DriverLinkException.Reason.VEHICLE_SOLD);
        }
        if (of(vehicleId).stream().filter(l -> l.status(now) == CredentialStatus.ACTIVE).count() >= MAX_ACTIVE_LINKS) {
            throw new DriverLinkException(DriverLinkException.Reason.TOO_MANY_LINKS);
        }
        String token = newToken();
        String by = currentUser.get().getUsername();
        DriverLink link = new DriverLink(vehicleId, trimmed, TokenHash.sha256Hex(token), by, expiresAt);
        em.persist(link);
        em.flush();
        audit.record(AuditAction.DRIVER_LINK_CREATED, by, subject(vehicleId),
                link.author() + " \"" + trimmed + "\"" + (expiresAt == null ? "" : ", expires=" + expiresAt));
        return new IssuedLink(link, token);
    }

    /** Revokes one of the vehicle's links at once (again: no change). */
    public DriverLink revoke(long vehicleId, long linkId) {
        vehicles.check(vehicleId, Permission.MANAGE);
        DriverLink link = em.find(DriverLink.class, linkId);
        if (link == null || link.getVehicleId() != vehicleId) {
            throw new DriverLinkException(DriverLinkException.Reason.NO_SUCH_LINK);
        }
        if (link.getRevokedAt() == null) {
            String by = currentUser.get().getUsername();
            link.revoke(by, clock.instant());
            audit.record(AuditAction.DRIVER_LINK_REVOKED, by, subject(vehicleId),
                    link.author() + " \"" + link.getLabel() + "\"");
        }
        return link;
    }

    /** The driver's page, below the application's context root. */
    public static final String DRIVER_PAGE = "/driver.xhtml";

    /** The driver's page for a token: in the query string, which the access log leaves out. */
    public static String path(String token) {
        return DRIVER_PAGE + "?link=" + token;
    }

    static String subject(long vehicleId) {
        return "vehicle " + vehicleId;
    }

    /** 256 random bits, URL-safe: 43 characters. */
    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether a text can be a token at all: anything else is refused without a lookup. */
    static boolean isTokenShaped(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(
                c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
