package com.motovaultpro.calendar;

import com.motovaultpro.platform.ratelimit.RateLimit;
import com.motovaultpro.platform.ratelimit.RateLimiters;
import com.motovaultpro.platform.web.SecurityHeadersFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * GET /calendar/feed.ics?token=… — the reminders of the user whose secret link this is, for
 * calendar apps that cannot sign in. A working link is always served. An unknown, rotated or ended
 * link is a bare 404, and a client whose links keep matching nothing is guessing: its failed
 * lookups are answered 429 with Retry-After for a while (a calendar service fetching many people's
 * feeds from one address keeps serving the working ones). A link of the old form
 * ({@code /calendar/<token>.ics}, voided by V17) is 410 Gone without a lookup and without counting:
 * calendar apps keep polling those. The token is never logged: it is in the query string, which
 * the access log leaves out.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CalendarFeedServlet.class.getName());
    /** A link of the form before V17, its token in the path. */
    private static final Pattern OLD_FORM = Pattern.compile("/calendar/[A-Za-z0-9_-]{43}\\.ics");

    @Inject
    transient CalendarFeed feed;

    @Inject
    transient RateLimiters rateLimits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        response.setHeader("Cache-Control", "private, no-store");
        String client = request.getRemoteAddr();
        String path = "/calendar" + request.getPathInfo();
        if (!path.equals(CalendarFeed.FEED_PATH)) {
            bare(response, OLD_FORM.matcher(path).matches() ? HttpServletResponse.SC_GONE
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> ics = feed.feed(request.getParameter("token"), Instant.now());
        if (ics.isEmpty()) {
            Optional<Duration> blocked = rateLimits.calendarLookupBlocked(client);
            if (blocked.isPresent()) {
                response.setHeader("Retry-After", Long.toString(RateLimit.seconds(blocked.get())));
                bare(response, 429);
                return;
            }
            rateLimits.calendarLookupFailed(client);
            if (rateLimits.calendarLookupBlocked(client).isPresent()
                    && rateLimits.firstInWindow("calendar-guessing:" + client, Duration.ofMinutes(10))) {
                LOG.warning(() -> "Calendar feed: repeated unknown links from " + client + "; held back for a while");
            }
            bare(response, HttpServletResponse.SC_NOT_FOUND);
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

    /**
     * A bare status, not the error page: calendar apps read no HTML. The stream is closed
     * explicitly: on an h2c-upgraded request Liberty otherwise leaves the HTTP/2 stream open.
     */
    private static void bare(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().close();
    }
}
