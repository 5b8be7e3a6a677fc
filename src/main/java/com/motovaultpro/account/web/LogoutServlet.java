package com.motovaultpro.account.web;

import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.sso.SsoService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs out (POST only): ends the container login and the whole session, then shows the login
 * page. A plain servlet, so signing out works from every page, error pages included.
 */
@WebServlet(name = "logout", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    transient SsoService sso;

    @Inject
    transient AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        String idToken = session == null ? null
                : session.getAttribute(SsoService.ID_TOKEN) instanceof String token ? token : null;
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        if (user != null) {
            LOG.info(() -> "Signed out: '" + user + "'");
            audit.record(AuditAction.SIGN_OUT, user, null, idToken == null ? "local" : "sso", request.getRemoteAddr());
        }
        URI loginPage = URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/login.xhtml?signedOut=true");
        // A single sign-on session also ends at the provider, where it supports RP-initiated logout.
        Optional<URI> providerLogout = idToken == null ? Optional.empty() : sso.providerLogout(idToken, loginPage);
        response.sendRedirect(providerLogout.orElse(loginPage).toString());
    }
}
