package com.motovaultpro.sso;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.UserAccountRepository;
import com.motovaultpro.platform.config.OidcSettings;
import com.motovaultpro.platform.security.SessionIdentity;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Single sign-on with the authorization code flow: {@link #begin} sends the browser to the provider
 * with PKCE, state and nonce; {@link #complete} checks the answer belongs to that sign-in, redeems the
 * code, verifies the ID token and signs the person in (provisioning the account at first use).
 */
@ApplicationScoped
public class SsoService {

    static final String PENDING = "motovault.sso.pending";
    /** Session attribute: the ID token of an SSO session, for the provider's logout. */
    public static final String ID_TOKEN = "motovault.sso.idToken";
    private static final int MAX_PENDING = 5;
    private static final Duration REMEMBER_OUTAGE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SsoService.class.getName());

    @Inject
    OidcProviderClient provider;

    @Inject
    SsoAccounts ssoAccounts;

    @Inject
    ProviderKeys keys;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    private volatile Instant lastOutage;

    /** What a completed sign-in yields: the session identity and the ID token (for logout). */
    public record SignedIn(SessionIdentity identity, String idToken, boolean provisioned) {
    }

    public boolean configured() {
        return provider.configured();
    }

    /** The provider's name for the login button. */
    public String providerName() {
        return provider.configured() ? provider.settings().providerName() : "";
    }

    /** True if the provider failed to answer within the last minute (the login page says so). */
    public boolean recentlyUnavailable() {
        Instant outage = lastOutage;
        return outage != null && clock.instant().isBefore(outage.plus(REMEMBER_OUTAGE));
    }

    /**
     * Starts a sign-in: remembers state, nonce and PKCE verifier in the session and returns the
     * provider's authorization URL. Checks that the provider answers first (its keys are needed
     * at the callback anyway), so an outage is reported here, on our page.
     */
    public URI begin(HttpServletRequest request) {
        OidcSettings settings = provider.settings();
        ProviderMetadata metadata = available(() -> {
            ProviderMetadata m = provider.metadata();
            keys.verifier().refreshKeysIfOlderThan(java.time.Duration.ZERO);
            return m;
        });
        PendingSignIn pending = PendingSignIn.start(clock.instant());
        remember(request.getSession(true), pending);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri(request).toString());
        query.put("scope", settings.scopes());
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", Pkce.challenge(pending.codeVerifier()));
        query.put("code_challenge_method", "S256");
        return URI.create(metadata.authorization() + (metadata.authorization().getQuery() == null ? "?" : "&")
                + encode(query));
    }

    /** Completes the sign-in from the provider's redirect back to us. */
    public SignedIn complete(HttpServletRequest request) {
        String error = request.getParameter("error");
        String state = request.getParameter("state");
        PendingSignIn pending = take(request.getSession(false), state)
                .orElseThrow(() -> new SsoException(SsoException.Reason.EXPIRED, "no sign-in started with this state"));
        if (error != null) {
            throw new SsoException(SsoException.Reason.DENIED, "the provider answered " + error);
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            throw new SsoException(SsoException.Reason.DENIED, "no authorization code");
        }
        OidcSettings settings = provider.settings();
        ProviderMetadata metadata = available(provider::metadata);
        JsonObject tokens = available(() -> provider.redeem(metadata.token(), code, pending.codeVerifier(),
                redirectUri(request)));
        String idToken = tokens.getString("id_token", null);
        if (idToken == null) {
            throw new SsoException(SsoException.Reason.INVALID_TOKEN, "the token response has no id_token");
        }
        TokenVerifier tokenVerifier = keys.verifier();
        Map<String, Object> claims = available(() -> TokenVerifier.plain(
                tokenVerifier.verify(idToken, settings.clientId(), pending.nonce())));
        SsoIdentity identity = SsoIdentity.from(claims, settings.usernameClaim(), settings.groupsClaim(),
                settings.adminGroup());
        UserAccountRepository.ProvisionedAccount signedIn = ssoAccounts.signIn(settings, identity, "sign-in",
                request.getRemoteAddr());
        return new SignedIn(new SessionIdentity(signedIn.account().getUsername(),
                AccountIdentityStore.groupsOf(signedIn.account())), idToken, signedIn.created());
    }

    /** Where to send the browser after a local sign-out to end the provider's session too, if it can. */
    public Optional<URI> providerLogout(String idToken, URI afterLogout) {
        if (!provider.configured()) {
            return Optional.empty();
        }
        try {
            Optional<URI> endSessionEndpoint = provider.metadata().endSession();
            if (endSessionEndpoint.isPresent() && !answers(endSessionEndpoint.get())) {
                // Signed out here; the login page says the provider does not answer (its session
                // there may live on) instead of the browser showing "site can't be reached".
                lastOutage = clock.instant();
                LOG.warning("Provider logout skipped, the provider does not answer: signed out here only");
                return Optional.empty();
            }
            return endSessionEndpoint.map(endSession -> {
                Map<String, String> query = new LinkedHashMap<>();
                if (idToken != null) {
                    query.put("id_token_hint", idToken);
                }
                query.put("client_id", provider.settings().clientId());
                query.put("post_logout_redirect_uri", afterLogout.toString());
                return URI.create(endSession + (endSession.getQuery() == null ? "?" : "&") + encode(query));
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "Provider logout skipped, the provider does not answer: " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean answers(URI endpoint) {
        try {
            return provider.answers(endpoint);
        } catch (FaultToleranceException e) {
            return false;
        }
    }

    /** The callback address registered with the provider: configured, or this server's own. */
    public URI redirectUri(HttpServletRequest request) {
        return provider.settings().redirectUri().orElseGet(() -> publicUrl.link("/sso/callback"));
    }

    private <T> T available(java.util.function.Supplier<T> call) {
        try {
            T result = call.get();
            lastOutage = null;
            return result;
        } catch (ProviderUnavailableException | FaultToleranceException e) {
            lastOutage = clock.instant();
            LOG.warning(() -> "The single sign-on provider is unavailable: " + e);
            throw new SsoException(SsoException.Reason.UNAVAILABLE, String.valueOf(e.getMessage()), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void remember(HttpSession session, PendingSignIn pending) {
        Object stored = session.getAttribute(PENDING);
        LinkedHashMap<String, PendingSignIn> all = stored instanceof LinkedHashMap<?, ?> map
                ? new LinkedHashMap<>((Map<String, PendingSignIn>) map) : new LinkedHashMap<>();
        all.values().removeIf(p -> p.expired(clock.instant()));
        while (all.size() >= MAX_PENDING) {
            all.remove(all.keySet().iterator().next());
        }
        all.put(pending.state(), pending);
        session.setAttribute(PENDING, all);
    }

    @SuppressWarnings("unchecked")
    private Optional<PendingSignIn> take(HttpSession session, String state) {
        if (session == null || state == null || !(session.getAttribute(PENDING) instanceof LinkedHashMap<?, ?> map)) {
            return Optional.empty();
        }
        LinkedHashMap<String, PendingSignIn> all = new LinkedHashMap<>((Map<String, PendingSignIn>) map);
        PendingSignIn pending = all.remove(state);
        session.setAttribute(PENDING, all);
        return Optional.ofNullable(pending).filter(p -> !p.expired(clock.instant()));
    }

    private static String encode(Map<String, String> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
