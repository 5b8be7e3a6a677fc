package com.motovaultpro.platform.security;

import com.motovaultpro.platform.logging.CorrelationId;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import com.motovaultpro.platform.metrics.HttpMetrics;
import com.motovaultpro.platform.redis.SessionStoreStatus;
import com.motovaultpro.platform.web.RequestPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import com.motovaultpro.platform.ratelimit.RateLimit;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the application:
 * <ul>
 * <li>pages: a session-based form login (the login page calls {@code SecurityContext.authenticate});
 *     an anonymous request for a protected page is redirected to the login page;</li>
 * <li>API ({@code /api/}): a personal API key ({@code Authorization: ApiKey …} or {@code X-API-Key}),
 *     or HTTP Basic against the same accounts, on each request, never a session; an anonymous
 *     request gets 401 with a problem document, never a redirect.</li>
 * </ul>
 * Password checks go through {@link SignInGuard}: too many failures for an account or from an
 * address refuse further attempts for a while (429 on the API, a message on the login page).
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: seconds until a throttled sign-in may be tried again. */
    public static final String SIGN_IN_BLOCKED_SECONDS = "motovault.signInBlockedSeconds";
    private static final String API_KEY_HEADER = "X-API-Key";
    private static final String API_KEY_SCHEME = "ApiKey ";
    private static final String BEARER_SCHEME = "Bearer ";
    private static final Logger LOG = Logger.getLogger(AppAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Inject
    ApiKeyAuthenticator apiKeys;

    @Inject
    LocalSignInPolicy localSignIn;

    @Inject
    BearerTokenAuthenticator bearerTokens;

    @Inject
    SessionStoreStatus sessionStore;

    @Inject
    CallerRoles callerRoles;

    @Inject
    HttpMetrics httpMetrics;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        CorrelationId.bind(CorrelationId.establish(request, response));
        HttpMetrics.started(request);
        try {
            AuthenticationStatus status = authenticate(request, response, context);
            if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.SEND_CONTINUE) {
                // Answered here (401, 429, a redirect to sign in, 503): no filter will see it.
                httpMetrics.answeredBeforeRouting(request, response.getStatus());
            }
            return status;
        } finally {
            CorrelationId.unbind();
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return formLogin(request, context, submitted);
        }
        boolean api = isApi(request);
        if (!api && SessionStoreOutagePage.needsSession(request) && sessionStore.unavailable()) {
            // Sessions live in Redis and it does not answer: say so at once rather than fail or hang.
            SessionStoreOutagePage.send(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        Optional<String> apiKey = apiKey(request, authorization);
        if (api && apiKey.isPresent()) {
            return apiKeyLogin(request, response, context, apiKey.get());
        }
        if (api && authorization != null && authorization.regionMatches(true, 0, BEARER_SCHEME, 0, BEARER_SCHEME.length())) {
            return bearerLogin(request, response, context, authorization.substring(BEARER_SCHEME.length()).strip());
        }
        if (api && BasicCredentials.present(authorization)) {
            return basicLogin(request, response, context, BasicCredentials.parse(authorization));
        }
        // The API authenticates every request itself and never from a browser session (no CSRF).
        Optional<SessionIdentity> session = api ? Optional.empty() : sessionIdentity(request);
        if (session.isPresent()) {
            // The roles of now, not of the sign-in: a demotion counts on the next request.
            Optional<Set<String>> roles = callerRoles.of(session.get().username());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(session.get().username(), roles.get());
            }
            forget(request); // the account is gone: the session no longer signs anyone in
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context,
                    "Send an API key (Authorization: ApiKey …) or user name and password with HTTP Basic authentication");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String caller = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        if (!localSignIn.localSignInAllowed()) {
            return context.responseUnauthorized();
        }
        Optional<Duration> blocked = guard.attempt(caller, request.getRemoteAddr());
        if (blocked.isPresent()) {
            request.setAttribute(SIGN_IN_BLOCKED_SECONDS, RateLimit.seconds(blocked.get()));
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(caller, request.getRemoteAddr(), "form");
            return context.responseUnauthorized();
        }
        guard.succeeded(result.getCallerPrincipal().getName(), request.getRemoteAddr(), "form");
        startSession(request, new SessionIdentity(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A fresh session at every sign-in: no session fixation, and nothing of a previous user's
     * session carries over.
     */
    public static void startSession(HttpServletRequest request, SessionIdentity identity) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE, identity);
    }

    private AuthenticationStatus apiKeyLogin(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String presented) {
        Optional<ApiCaller> caller = apiKeys.authenticate(presented);
        if (caller.isEmpty()) {
            LOG.warning(() -> "API key refused (unknown, revoked or expired) from " + request.getRemoteAddr());
            return unauthorized(response, context, "The API key is unknown, revoked or expired");
        }
        caller.get().bindTo(request);
        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }

    private AuthenticationStatus bearerLogin(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String token) {
        if (!bearerTokens.enabled()) {
            return unauthorized(response, context, "Bearer tokens are not accepted by this server (no OpenID Connect "
                    + "provider and API audience configured): use an API key");
        }
        try {
            ApiCaller caller = bearerTokens.authenticate(token);
            caller.bindTo(request);
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        } catch (BearerTokenAuthenticator.BearerTokenException e) {
            LOG.warning(() -> "Bearer token refused from " + request.getRemoteAddr() + ": " + e.getMessage());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return unauthorized(response, context, e.getMessage());
        }
    }

    private AuthenticationStatus basicLogin(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context, Optional<UsernamePasswordCredential> credential) {
        if (credential.isEmpty()) {
            return unauthorized(response, context, "Malformed Basic authorization header");
        }
        if (!localSignIn.localSignInAllowed()) {
            return unauthorized(response, context,
                    "Passwords are switched off on this server (single sign-on only): use an API key or a bearer token");
        }
        String caller = credential.get().getCaller();
        Optional<Duration> blocked = guard.attempt(caller, request.getRemoteAddr());
        if (blocked.isPresent()) {
            return tooManyAttempts(response, context, blocked.get());
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(caller, request.getRemoteAddr(), "basic");
            return unauthorized(response, context, "Invalid credentials");
        }
        String username = result.getCallerPrincipal().getName();
        guard.passwordAccepted(caller, request.getRemoteAddr());
        new ApiCaller(username, result.getCallerGroups(), ApiCaller.Method.PASSWORD, username.toLowerCase(Locale.ROOT),
                Optional.empty()).bindTo(request);
        return context.notifyContainerAboutLogin(result);
    }

    /** 429 with Retry-After; committed at once so nothing downstream turns it into a 401. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, HttpMessageContext context,
                                                        Duration wait) {
        try {
            response.setHeader("Retry-After", Long.toString(RateLimit.seconds(wait)));
            Problems.write(response, ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this account or from this address; try again in "
                            + RateLimit.seconds(wait) + " seconds");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.warning("Could not write the 429 response: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<String> apiKey(HttpServletRequest request, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, API_KEY_SCHEME, 0, API_KEY_SCHEME.length())) {
            return Optional.of(authorization.substring(API_KEY_SCHEME.length()).strip());
        }
        return Optional.ofNullable(request.getHeader(API_KEY_HEADER)).map(String::strip);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            if (!response.containsHeader("WWW-Authenticate")) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"MotoVaultPro\", charset=\"UTF-8\"");
            }
            Problems.write(response, ProblemType.UNAUTHENTICATED, detail);
        } catch (IOException e) {
            LOG.warning("Could not write the 401 response: " + e.getMessage());
        }
        return context.responseUnauthorized();
    }

    private static Optional<SessionIdentity> sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity
                ? Optional.of(identity) : Optional.empty();
    }

    private static boolean isApi(HttpServletRequest request) {
        return RequestPath.isApi(request);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forget(request);
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionIdentity.ATTRIBUTE);
        }
    }
}
