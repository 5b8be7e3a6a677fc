package com.motovaultpro.sso;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.UserAccount;
import com.motovaultpro.account.UserAccountRepository;
import com.motovaultpro.platform.config.OidcSettings;
import com.motovaultpro.platform.security.ApiCaller;
import com.motovaultpro.platform.security.BearerTokenAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The provider's access tokens as API credentials ({@code Authorization: Bearer …}): signed by the
 * provider's published keys, from its issuer, for the configured API audience, not expired. The
 * token's groups give the request its roles (the admin group: administrator). A person's first
 * token provisions their account, as a first sign-in would.
 */
@ApplicationScoped
public class BearerTokens implements BearerTokenAuthenticator {

    @Inject
    OidcProviderClient provider;

    @Inject
    ProviderKeys keys;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SsoAccounts ssoAccounts;

    @Override
    public boolean enabled() {
        return provider.configured() && provider.settings().apiAudience().isPresent();
    }

    @Override
    public ApiCaller authenticate(String token) {
        OidcSettings settings = provider.settings();
        Map<String, Object> claims;
        try {
            claims = TokenVerifier.plain(keys.verifier().verifyAccessToken(token, settings.apiAudience().orElseThrow()));
        } catch (SsoException e) {
            throw new BearerTokenException("The bearer token is not valid: " + detail(e));
        } catch (ProviderUnavailableException | FaultToleranceException e) {
            throw new BearerTokenException("Bearer tokens cannot be checked right now: the sign-in provider does not answer");
        }
        SsoIdentity identity;
        try {
            identity = SsoIdentity.from(claims, settings.usernameClaim(), settings.groupsClaim(), settings.adminGroup());
        } catch (SsoException e) {
            throw new BearerTokenException("The bearer token has no usable '" + settings.usernameClaim() + "' claim");
        }
        UserAccount account = accounts.findBySso(settings.issuer().toString(), identity.subject())
                .orElseGet(() -> provision(settings, identity));
        // The token's groups decide this request's roles, and nothing else: a token issued before
        // the person left the admin group stays valid for a while, and writing its claims back would
        // restore rights the provider has taken away (for their API keys and sessions too). Stored
        // roles follow the provider only at a browser sign-in, with claims fresh from the provider.
        Set<String> groups = new HashSet<>(Set.of(AccountIdentityStore.USER_ROLE));
        if (identity.admin().orElse(account.isAdmin())) {
            groups.add(AccountIdentityStore.ADMIN_ROLE);
        }
        return new ApiCaller(account.getUsername(), Set.copyOf(groups), ApiCaller.Method.BEARER_TOKEN,
                identity.subject(), Optional.empty());
    }

    private UserAccount provision(OidcSettings settings, SsoIdentity identity) {
        try {
            // A new account's stored role is not the token's either: the first account administers,
            // any other starts without admin rights until a browser sign-in says otherwise.
            SsoIdentity withoutRoles = new SsoIdentity(identity.subject(), identity.username(), identity.displayName(),
                    identity.email(), identity.groups(), Optional.empty());
            return ssoAccounts.signIn(settings, withoutRoles, "bearer token", null).account();
        } catch (SsoException e) {
            throw new BearerTokenException("A local account already has the token's user name");
        }
    }

    private static String detail(SsoException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
