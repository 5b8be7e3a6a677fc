package com.motovaultpro.apikey;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.account.UserAccountRepository;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.security.ApiCaller;
import com.motovaultpro.platform.security.ApiKeyAuthenticator;
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

    /** A key just created: the only moment its plaintext exists outside the caller's hands. */
    public record IssuedKey(ApiKey key, String plaintext) {
    }

    @Inject
    ApiKeyRepository keys;

    @Inject
    UserAccountRepository accounts;

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
        if (keys.of(currentUser.id()).stream().filter(k -> k.status(clock.instant()) == ApiKeyStatus.ACTIVE).count()
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

    @Transactional
    public void revoke(long id) {
        ApiKey key = keys.findOwned(id, currentUser.id())
                .orElseThrow(() -> new ApiKeyException(ApiKeyException.Reason.NO_SUCH_KEY));
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
        Optional<ApiKey> key = keys.findByPrefix(parts.get().prefix())
                .filter(k -> ApiKeyFormat.matches(parts.get().secret(), k.getSecretHash()));
        Instant now = clock.instant();
        if (key.isEmpty() || key.get().status(now) != ApiKeyStatus.ACTIVE) {
            return Optional.empty();
        }
        Optional<UserAccount> owner = accounts.find(key.get().getUserId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = key.get().getLastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minusSeconds(60))) {
            keys.touch(key.get().getId(), now); // at most once a minute: no write on every API request
        }
        // Only a MANAGER key acts with everything its owner may do, administration included.
        Set<String> groups = key.get().getScope() == VehicleRole.MANAGER ? AccountIdentityStore.groupsOf(owner.get())
                : Set.of(AccountIdentityStore.USER_ROLE);
        return Optional.of(new ApiCaller(owner.get().getUsername(), groups,
                ApiCaller.Method.API_KEY, key.get().getPrefix(), Optional.of(key.get().getScope().name())));
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
