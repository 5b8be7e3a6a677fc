package com.motovaultpro.calendar;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * GET /calendar/{token}.ics — the reminders of the user whose secret link this is, for calendar
 * apps that cannot sign in. An unknown or rotated token is a bare 404.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        String path = request.getPathInfo();
        String token = path != null && path.startsWith("/") && path.endsWith(".ics")
                ? path.substring(1, path.length() - ".ics".length()) : null;
        var ics = feed.feed(token, Instant.now());
        if (ics.isEmpty()) {
            // A bare 404, not the error page: calendar apps read no HTML. The stream is closed
            // explicitly: on an h2c-upgraded request Liberty otherwise leaves the HTTP/2 stream open.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().close();
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"motovaultpro.ics\"");
        byte[] body = ics.get().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        try (var out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
