package com.motovaultpro.account;

import com.motovaultpro.platform.security.CallerRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/** {@link CallerRoles} from the cached account snapshot: a changed role counts on the next request. */
@ApplicationScoped
public class CurrentRoles implements CallerRoles {

    @Inject
    AccountSnapshots snapshots;

    @Override
    public Optional<Set<String>> of(String username) {
        return snapshots.byUsername(username).map(AccountSnapshot::groups);
    }
}
