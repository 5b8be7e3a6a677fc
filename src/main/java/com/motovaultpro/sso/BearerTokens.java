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
            claims = TokenVerifier.plain(keys.verifier().verify(token, settings.apiAudience().orElseThrow(), null));
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
        identity.admin().ifPresent(admin -> ssoAccounts.followAdminGroup(account, admin, null));
        Set<String> groups = new HashSet<>(Set.of(AccountIdentityStore.USER_ROLE));
        if (identity.admin().orElse(account.isAdmin())) {
            groups.add(AccountIdentityStore.ADMIN_ROLE);
        }
        return new ApiCaller(account.getUsername(), Set.copyOf(groups), ApiCaller.Method.BEARER_TOKEN,
                identity.subject(), Optional.empty());
    }

    private UserAccount provision(OidcSettings settings, SsoIdentity identity) {
        try {
            return ssoAccounts.signIn(settings, identity, "bearer token", null).account();
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
