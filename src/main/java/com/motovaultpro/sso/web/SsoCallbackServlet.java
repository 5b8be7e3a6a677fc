package com.motovaultpro.sso.web;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.platform.logging.LogSafe;
import com.motovaultpro.platform.security.AppAuthenticationMechanism;
import com.motovaultpro.platform.security.SignInGuard;
import com.motovaultpro.sso.SsoException;
import com.motovaultpro.sso.SsoService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Where the provider sends the browser back: completes the sign-in and starts a fresh session, or
 * shows the login page with the reason. Never an error page, never a stack trace.
 */
@WebServlet(name = "ssoCallback", urlPatterns = "/sso/callback")
public class SsoCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoCallbackServlet.class.getName());

    @Inject
    transient SsoService sso;

    @Inject
    transient SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        SsoService.SignedIn signedIn;
        try {
            signedIn = sso.complete(request);
        } catch (SsoException e) {
            LOG.warning(() -> "Single sign-on failed from " + request.getRemoteAddr() + ": " + LogSafe.text(e.getMessage()));
            if (e.reason() != SsoException.Reason.UNAVAILABLE && e.reason() != SsoException.Reason.EXPIRED) {
                guard.ssoFailed(request.getRemoteAddr(), e.reason().name());
            }
            backToLogin(request, response, e.reason());
            return;
        }
        AppAuthenticationMechanism.startSession(request, signedIn.identity());
        request.getSession().setAttribute(SsoService.ID_TOKEN, signedIn.idToken());
        guard.signedIn(signedIn.identity().username(), request.getRemoteAddr(), "sso");
        response.sendRedirect(request.getContextPath() + "/");
    }

    static void backToLogin(HttpServletRequest request, HttpServletResponse response, SsoException.Reason reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + reason.name());
    }
}
