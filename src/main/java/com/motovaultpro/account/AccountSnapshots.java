package com.motovaultpro.account;

import com.motovaultpro.platform.cache.CacheName;
import com.motovaultpro.platform.cache.TwoLevelCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Accounts as requests need them, from the cache: by id (API keys name their owner) and by name
 * (the signed-in principal). Every change of an account replaces the generation of both its scopes
 * ({@link UserAccount#cacheScopes}), so a new role or language counts on the next request.
 */
@ApplicationScoped
@Transactional
public class AccountSnapshots {

    @Inject
    UserAccountRepository accounts;

    @Inject
    TwoLevelCache cache;

    /**
     * The snapshot's shape in the cache keys: an entry of an older shape (one without the garage
     * layout or the theme, cached before an upgrade) would read back with that field empty, so it is
     * never asked for. Change it with the record's components.
     */
    private static final String SHAPE = "v3:";

    public Optional<AccountSnapshot> byId(long id) {
        return cache.find(CacheName.ACCOUNT, List.of(UserAccount.scopeOfId(id)), SHAPE + "id=" + id, AccountSnapshot.class,
                () -> accounts.find(id).map(AccountSnapshot::of));
    }

    public Optional<AccountSnapshot> byUsername(String username) {
        return cache.find(CacheName.ACCOUNT, List.of(UserAccount.scopeOfUsername(username)), SHAPE + "name=" + username,
                AccountSnapshot.class, () -> accounts.findByUsername(username).map(AccountSnapshot::of));
    }
}
