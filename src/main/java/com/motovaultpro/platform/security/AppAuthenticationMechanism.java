package com.motovaultpro.platform.security;

import com.motovaultpro.platform.logging.CorrelationId;
import com.motovaultpro.platform.logging.LogSafe;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
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
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the application:
 * <ul>
 * <li>pages: a session-based form login (the login page calls {@code SecurityContext.authenticate});
 *     an anonymous request for a protected page is redirected to the login page;</li>
 * <li>API ({@code /api/}): HTTP Basic against the same accounts on each request, never a session;
 *     an anonymous request gets 401 with a problem document, never a redirect.</li>
 * </ul>
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(AppAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        CorrelationId.bind(CorrelationId.establish(request, response));
        try {
            return authenticate(request, response, context);
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
        String authorization = request.getHeader("Authorization");
        if (api && BasicCredentials.present(authorization)) {
            return basicLogin(request, response, context, BasicCredentials.parse(authorization));
        }
        // The API authenticates every request itself and never from a browser session (no CSRF).
        Optional<SessionIdentity> session = api ? Optional.empty() : sessionIdentity(request);
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get().username(), session.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context, "Send user name and password with HTTP Basic authentication");
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            logFailure(request, credential);
            return context.responseUnauthorized();
        }
        // A fresh session at every sign-in: no session fixation, and nothing of a previous user's
        // session (Liberty binds a session to the user it was created for) carries over.
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SessionIdentity.ATTRIBUTE,
                new SessionIdentity(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        LOG.info(() -> "Signed in: '" + result.getCallerPrincipal().getName() + "' from " + request.getRemoteAddr());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basicLogin(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context, Optional<UsernamePasswordCredential> credential) {
        if (credential.isEmpty()) {
            return unauthorized(response, context, "Malformed Basic authorization header");
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            logFailure(request, credential.get());
            return unauthorized(response, context, "Invalid credentials");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"MotoVaultPro\", charset=\"UTF-8\"");
            Problems.write(response, ProblemType.UNAUTHENTICATED, detail);
        } catch (IOException e) {
            LOG.warning("Could not write the 401 response: " + e.getMessage());
        }
        return context.responseUnauthorized();
    }

    private static void logFailure(HttpServletRequest request, Credential credential) {
        String caller = credential instanceof UsernamePasswordCredential up ? LogSafe.text(up.getCaller()) : "?";
        LOG.warning(() -> "Sign-in failed: invalid credentials for '" + caller + "' from " + request.getRemoteAddr());
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
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionIdentity.ATTRIBUTE);
        }
    }
}
