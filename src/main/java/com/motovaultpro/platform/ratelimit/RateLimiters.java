package com.motovaultpro.platform.ratelimit;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The application's limits over one {@link RateLimitStore}: sign-in failures per account and per
 * client address, and API requests per credential.
 */
@ApplicationScoped
public class RateLimiters {

    @Inject
    AppSettings settings;

    RateLimitStore store = new InMemoryRateLimitStore();
    Clock clock = Clock.systemUTC();

    /** The outcome of counting one API request. */
    public record Counted(RateLimit limit, long remaining, Optional<Duration> retryAfter) {
    }

    /** Failed sign-ins per account. */
    public RateLimit login() {
        return new RateLimit(settings.security().loginMaxFailures(), settings.security().loginWindow());
    }

    /** Failed sign-ins per client address (many people may share one address, e.g. an office). */
    public RateLimit loginPerClient() {
        return new RateLimit(settings.security().loginMaxFailuresPerClient(), settings.security().loginWindow());
    }

    public RateLimit api() {
        return new RateLimit(settings.security().apiRequestsPerMinute(), Duration.ofMinutes(1));
    }

    /** Counts an API request of this credential. */
    public Counted countApiRequest(String credentialKey) {
        RateLimit limit = api();
        Instant now = clock.instant();
        RateLimitStore.Window window = store.hit(credentialKey, limit.window(), now);
        return new Counted(limit, limit.remaining(window), limit.exceededBy(window, now));
    }

    /** How long sign-in stays blocked for this account or address, if either used up its failures. */
    public Optional<Duration> signInBlocked(String username, String clientAddress) {
        RateLimit perAccount = login();
        RateLimit perClient = loginPerClient();
        Instant now = clock.instant();
        Optional<Duration> byAccount = perAccount.blocks(store.peek(accountKey(username), perAccount.window(), now), now);
        Optional<Duration> byClient = perClient.blocks(store.peek(clientKey(clientAddress), perClient.window(), now), now);
        if (byAccount.isPresent() && byClient.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byClient.get()) > 0 ? byAccount.get() : byClient.get());
        }
        return byAccount.isPresent() ? byAccount : byClient;
    }

    public void signInFailed(String username, String clientAddress) {
        RateLimit limit = login();
        Instant now = clock.instant();
        store.hit(accountKey(username), limit.window(), now);
        store.hit(clientKey(clientAddress), limit.window(), now);
    }

    /** A successful sign-in clears the account's failures (not the address's: others may share it). */
    public void signInSucceeded(String username) {
        store.clear(accountKey(username));
    }

    private static String accountKey(String username) {
        return "login:account:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String clientKey(String clientAddress) {
        return "login:client:" + clientAddress;
    }
}
