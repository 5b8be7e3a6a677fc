package com.motovaultpro.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.motovaultpro.platform.security.ApiCaller;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The signed-in account of the current request, loaded at most once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserAccountRepository accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountSnapshots snapshots;

    private UserAccount account;
    private AccountSnapshot snapshot;

    public Optional<UserAccount> find() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                return Optional.empty();
            }
            account = accounts.findByUsername(caller.getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** The caller's account; only reachable on routes that require sign-in. */
    public UserAccount get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in account on this request"));
    }

    public long id() {
        return snapshot().orElseThrow(() -> new IllegalStateException("No signed-in account on this request")).id();
    }

    /**
     * The signed-in person as the cache keeps them (id, name, roles, language, display
     * preferences): what most requests need, without loading the account. Empty for visitors.
     */
    public Optional<AccountSnapshot> snapshot() {
        if (snapshot == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                return Optional.empty();
            }
            snapshot = snapshots.byUsername(caller.getName()).orElse(null);
        }
        return Optional.ofNullable(snapshot);
    }

    /** After the account changed in this request: the next {@link #snapshot} reads it again. */
    public void forgetSnapshot() {
        snapshot = null;
    }

    /**
     * The scope of the API key this request came with (VIEWER, EDITOR or MANAGER), which caps what
     * the caller may do; empty for sessions, passwords and tokens.
     */
    public Optional<String> keyScope() {
        return ApiCaller.of(request).flatMap(ApiCaller::scope);
    }

    /** How this API request authenticated; empty for browser sessions. */
    public Optional<ApiCaller> apiCaller() {
        return ApiCaller.of(request);
    }
}
