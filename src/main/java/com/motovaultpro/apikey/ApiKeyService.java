package com.motovaultpro.apikey;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.AccountSnapshot;
import com.motovaultpro.account.AccountSnapshots;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.cache.CacheInvalidation;
import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import com.motovaultpro.platform.security.ApiCaller;
import com.motovaultpro.platform.security.ApiKeyAuthenticator;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.security.KeyScopeException;
import com.motovaultpro.platform.validation.PlainTextValidator;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API keys: create (the plaintext is returned once and never stored), list, revoke, and
 * check a presented key for the authentication mechanism.
 */
@ApplicationScoped
public class ApiKeyService implements ApiKeyAuthenticator {

    @Inject
    TwoLevelCache cache;

    @Inject
    CacheInvalidation invalidation;

    @Inject
    AccountSnapshots snapshots;

    /** A key just created: the only moment its plaintext exists outside the caller's hands. */
    public record IssuedKey(ApiKey key, String plaintext) {
    }

    @Inject
    ApiKeyRepository keys;


    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Active keys per person: plenty for every script and device, a bound on rate-limit buckets. */
    static final int MAX_ACTIVE_KEYS = 25;

    @Transactional
    public List<ApiKey> mine() {
        return keys.of(currentUser.id());
    }

    @Transactional
    public IssuedKey create(String name, String scope, Instant expiresAt) {
        if (currentUser.apiCaller().filter(c -> c.method() != ApiCaller.Method.PASSWORD).isPresent()) {
            throw new ApiKeyException(ApiKeyException.Reason.KEYS_DO_NOT_MAKE_KEYS);
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80 || !PlainTextValidator.isPlain(trimmed, false)) {
            throw new ApiKeyException(ApiKeyException.Reason.NAME_REQUIRED);
        }
        VehicleRole role = scopeOf(scope);
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new ApiKeyException(ApiKeyException.Reason.EXPIRY_IN_PAST);
        }
        if (keys.of(currentUser.id()).stream().filter(k -> k.status(clock.instant()) == CredentialStatus.ACTIVE).count()
                >= MAX_ACTIVE_KEYS) {
            throw new ApiKeyException(ApiKeyException.Reason.TOO_MANY_KEYS);
        }
        ApiKeyFormat.Parts parts = ApiKeyFormat.generate();
        ApiKey key = new ApiKey(currentUser.id(), trimmed, parts, role, expiresAt);
        keys.add(key);
        audit.record(AuditAction.API_KEY_CREATED, currentUser.get().getUsername(), "api-key " + key.getPrefix(),
                "name=" + trimmed + ", scope=" + role + (expiresAt == null ? "" : ", expires=" + expiresAt));
        return new IssuedKey(key, parts.plaintext());
    }

    /**
     * Revokes one of the caller's keys. With a key below MANAGER, only that key itself: a CI job
     * may retire its own key, but an EDITOR key never manages the person's other keys.
     */
    @Transactional
    public void revoke(long id) {
        ApiKey key = keys.findOwned(id, currentUser.id())
                .orElseThrow(() -> new ApiKeyException(ApiKeyException.Reason.NO_SUCH_KEY));
        currentUser.apiCaller().filter(c -> c.method() == ApiCaller.Method.API_KEY)
                .filter(c -> !VehicleRole.MANAGER.name().equals(c.scope().orElse(null)))
                .filter(c -> !c.credential().equals(key.getPrefix()))
                .ifPresent(c -> {
                    throw new KeyScopeException();
                });
        if (key.getRevokedAt() == null) {
            key.revoke(clock.instant());
            audit.record(AuditAction.API_KEY_REVOKED, currentUser.get().getUsername(), "api-key " + key.getPrefix(),
                    "name=" + key.getName());
        }
    }

    /**
     * The caller a presented key stands for, if it is one of ours, its hash matches and it is
     * neither revoked nor expired; records the use.
     */
    @Override
    @Transactional
    public Optional<ApiCaller> authenticate(String presented) {
        Optional<ApiKeyFormat.Parts> parts = ApiKeyFormat.parse(presented);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String prefix = parts.get().prefix();
        // The key and its owner come from the cache (every change of either replaces their
        // generation); the secret is checked against the key's hash on every request.
        Optional<KeySnapshot> key = cache.find(CacheName.API_KEY, List.of(ApiKey.scopeOf(prefix)), "prefix=" + prefix,
                        KeySnapshot.class, () -> keys.findByPrefix(prefix).map(KeySnapshot::of))
                .filter(k -> ApiKeyFormat.matches(parts.get().secret(), k.secretHash()));
        Instant now = clock.instant();
        if (key.isEmpty() || key.get().status(now) != CredentialStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<AccountSnapshot> owner = snapshots.byId(key.get().userId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = key.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minusSeconds(60))) {
            keys.touch(key.get().id(), now); // at most once a minute: no write on every API request
            invalidation.changed(List.of(ApiKey.scopeOf(prefix))); // a native update: say so to the cache
        }
        // Only a MANAGER key acts with everything its owner may do, administration included.
        Set<String> groups = key.get().scope() == VehicleRole.MANAGER ? owner.get().groups()
                : Set.of(AccountIdentityStore.USER_ROLE);
        return Optional.of(new ApiCaller(owner.get().username(), groups,
                ApiCaller.Method.API_KEY, prefix, Optional.of(key.get().scope().name())));
    }

    static VehicleRole scopeOf(String scope) {
        if (scope != null) {
            try {
                VehicleRole role = VehicleRole.valueOf(scope.strip().toUpperCase(Locale.ROOT));
                if (role != VehicleRole.OWNER) {
                    return role;
                }
            } catch (IllegalArgumentException e) {
                // falls through to the refusal
            }
        }
        throw new ApiKeyException(ApiKeyException.Reason.INVALID_SCOPE);
    }
}
