package com.motovaultpro.account.web;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.web.PublicUrl;
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
import java.util.ResourceBundle;
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

    @Inject
    transient PublicUrl publicUrl;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SecurityHeadersFilter.nothingRuns(response);
        String user = request.getRemoteUser();
        HttpSession before = request.getSession(false);
        String idToken = before == null ? null
                : before.getAttribute(SsoService.ID_TOKEN) instanceof String token ? token : null;
        request.logout(); // may already end the session: look it up again
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (user != null) {
            LOG.info(() -> "Signed out: '" + user + "'");
            audit.record(AuditAction.SIGN_OUT, user, null, idToken == null ? "local" : "sso", request.getRemoteAddr());
        }
        // Where the provider sends the browser back to: an absolute URL, from the configured public URL.
        URI loginPage = publicUrl.link("/login.xhtml?signedOut=true");
        // A single sign-on session also ends at the provider, where it supports RP-initiated logout.
        Optional<URI> providerLogout = idToken == null ? Optional.empty() : sso.providerLogout(idToken, loginPage);
        if (providerLogout.isPresent()) {
            continueAt(request, response, providerLogout.get());
        } else {
            // On this site: a relative redirect (the browser stays on the host it used). A single
            // sign-on session whose provider does not answer ended here only: the page says so.
            boolean hereOnly = idToken != null && sso.recentlyUnavailable();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=" + (hereOnly ? "here" : "true"));
        }
    }

    /**
     * Sends the browser on to the provider with a page of its own rather than a redirect: the page
     * policy allows forms to post only to this site (form-action 'self'), which browsers also apply
     * to redirects that answer a form.
     */
    private static void continueAt(HttpServletRequest request, HttpServletResponse response, URI next)
            throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("com.motovaultpro.i18n.Messages", request.getLocale());
        String url = escape(next.toString());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\"><title>"
                + escape(text.getString("logout.continue.title")) + "</title></head><body><p><a id=\"continueLogout\" href=\""
                + url + "\">" + escape(text.getString("logout.continue")) + "</a></p></body></html>");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
