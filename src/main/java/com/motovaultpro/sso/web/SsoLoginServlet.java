package com.motovaultpro.sso.web;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.sso.SsoException;
import com.motovaultpro.sso.SsoService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Sign in with …": sends the browser to the provider, or back to the login page saying why not
 * (not configured, provider unavailable).
 */
@WebServlet(name = "ssoLogin", urlPatterns = "/sso/login")
public class SsoLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SsoService sso;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        try {
            response.sendRedirect(sso.begin(request).toString());
        } catch (SsoException e) {
            SsoCallbackServlet.backToLogin(request, response, e.reason());
        }
    }
}
