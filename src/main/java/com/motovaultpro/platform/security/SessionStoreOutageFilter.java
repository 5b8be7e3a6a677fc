package com.motovaultpro.platform.security;

import com.motovaultpro.platform.metrics.HttpMetrics;
import com.motovaultpro.platform.redis.SessionStoreStatus;
import com.motovaultpro.platform.web.RequestPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The session store outage page for the pages the authentication mechanism lets through without
 * asking (the sign-in and registration pages, single sign-on): they open a session, and opening
 * one in Redis while it is down fails after its timeouts with a 500 the 500 page cannot render
 * either (it needs a session too). Checked before anything can create a session, and, should the
 * store fail mid-request before the last check noticed, the failure is answered the same way.
 * Mapped first in web.xml, so it runs before every other filter.
 */
public class SessionStoreOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionStoreOutageFilter.class.getName());

    @Inject
    transient SessionStoreStatus sessionStore;

    @Inject
    transient HttpMetrics httpMetrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean usesSession = !RequestPath.isApi(request) && SessionStoreOutagePage.needsSession(request);
        if (usesSession && sessionStore.unavailable()) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!usesSession || response.isCommitted() || !sessionStoreFailed(e)) {
                throw e;
            }
            LOG.warning(() -> "The session store failed during " + request.getMethod() + " " + request.getRequestURI()
                    + ": " + e + "; answered with the outage page");
            sessionStore.failed();
            response.reset();
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) {
        HttpMetrics.started(request);
        SessionStoreOutagePage.send(request, response);
        httpMetrics.answeredBeforeRouting(request, response.getStatus());
    }

    private boolean sessionStoreFailed(Throwable failure) {
        return fromSessionStore(failure) || sessionStore.unavailable();
    }

    /**
     * Whether the failure comes from the session store: Liberty's session cache throws a bare
     * {@code RuntimeException("Internal Server Error")} when the JCache provider fails (the cause
     * only goes to the log, SESN0303E), so its origin is told by where it was thrown.
     */
    static boolean fromSessionStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            StackTraceElement[] trace = t.getStackTrace();
            if (type.startsWith("org.redisson.") || type.startsWith("javax.cache.")
                    || (trace.length > 0 && trace[0].getClassName().startsWith("com.ibm.ws.session."))) {
                return true;
            }
        }
        return false;
    }
}
