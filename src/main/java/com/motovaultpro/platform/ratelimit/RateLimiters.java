package com.motovaultpro.platform.ratelimit;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.redis.RedisConnection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The application's limits over one {@link RateLimitStore}: sign-in failures per account and per
 * client address, sign-ups per client address, API requests per credential, unknown secret links
 * per client address and entries per driver link.
 */
@ApplicationScoped
public class RateLimiters {

    @Inject
    AppSettings settings;

    @Inject
    RedisConnection redis;

    RateLimitStore store = new InMemoryRateLimitStore();
    Clock clock = Clock.systemUTC();

    /** With Redis, the counters are shared by all replicas (this process's own while it is down). */
    @PostConstruct
    void useSharedCounters() {
        redis.client().ifPresent(client -> store = new RedisRateLimitStore(client, store, clock));
    }

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

    /** Sign-ups per client address: each costs a password hash, and nobody signs up ten times an hour. */
    public RateLimit registrationPerClient() {
        return new RateLimit(settings.security().registrationsPerClientPerHour(), Duration.ofHours(1));
    }

    /** Counts a sign-up attempt of this client; how long it must wait when over the limit. */
    public Optional<Duration> registrationAttempt(String clientAddress) {
        RateLimit limit = registrationPerClient();
        Instant now = clock.instant();
        return limit.exceededBy(store.hit("register:" + clientKey(clientAddress), limit.window(), now), now);
    }

    /** Calendar feed links that match nothing, per client address: someone guessing secrets. */
    public RateLimit calendarFailuresPerClient() {
        return new RateLimit(settings.security().calendarMaxFailuresPerClient(), Duration.ofMinutes(10));
    }

    /** How long this client must wait before its next feed lookup, when it has failed too often. */
    public Optional<Duration> calendarLookupBlocked(String clientAddress) {
        return lookupBlocked("calendar:", calendarFailuresPerClient(), clientAddress);
    }

    /** Counts a feed lookup of this client that matched no working link. */
    public void calendarLookupFailed(String clientAddress) {
        lookupFailed("calendar:", calendarFailuresPerClient(), clientAddress);
    }

    /** Driver links that match nothing, per client address: someone guessing secrets. */
    public RateLimit driverLinkFailuresPerClient() {
        return new RateLimit(settings.security().driverLinkMaxFailuresPerClient(), Duration.ofMinutes(10));
    }

    /** How long this client must wait before its next driver-link lookup, when it has failed too often. */
    public Optional<Duration> driverLinkLookupBlocked(String clientAddress) {
        return lookupBlocked("driver-link:", driverLinkFailuresPerClient(), clientAddress);
    }

    /** Counts a driver-link lookup of this client that matched no link. */
    public void driverLinkLookupFailed(String clientAddress) {
        lookupFailed("driver-link:", driverLinkFailuresPerClient(), clientAddress);
    }

    /** Entries through one driver link per hour: a leaked link cannot flood the logbook. */
    public RateLimit driverLinkEntries() {
        return new RateLimit(settings.security().driverLinkEntriesPerHour(), Duration.ofHours(1));
    }

    /** Counts an entry attempt through the link (before it is checked); how long to wait when over the limit. */
    public Optional<Duration> driverLinkEntry(long linkId) {
        RateLimit limit = driverLinkEntries();
        Instant now = clock.instant();
        return limit.exceededBy(store.hit("driver-link-entries:" + linkId, limit.window(), now), now);
    }

    private Optional<Duration> lookupBlocked(String prefix, RateLimit limit, String clientAddress) {
        Instant now = clock.instant();
        return limit.blocks(store.peek(prefix + clientKey(clientAddress), limit.window(), now), now);
    }

    private void lookupFailed(String prefix, RateLimit limit, String clientAddress) {
        store.hit(prefix + clientKey(clientAddress), limit.window(), clock.instant());
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

    /**
     * Counts a password attempt before it is checked, so parallel attempts cannot slip past the
     * limit while the slow hash runs: what counts is failures plus checks in flight. Answers how
     * long the caller must wait if the account or the address is over its limit; a refused attempt
     * is not counted (nothing was checked), a successful one is taken back ({@link #signInSucceeded}).
     */
    public Optional<Duration> signInAttempt(String username, String clientAddress) {
        RateLimit perAccount = login();
        RateLimit perClient = loginPerClient();
        Instant now = clock.instant();
        String client = clientKey(clientAddress);
        Optional<String> account = accountKey(username);
        Optional<Duration> byClient = perClient.exceededBy(store.hit(client, perClient.window(), now), now);
        Optional<Duration> byAccount = account.flatMap(key -> perAccount.exceededBy(store.hit(key, perAccount.window(), now), now));
        if (byAccount.isEmpty() && byClient.isEmpty()) {
            return Optional.empty();
        }
        store.release(client, now);
        account.ifPresent(key -> store.release(key, now));
        if (byAccount.isPresent() && byClient.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byClient.get()) > 0 ? byAccount.get() : byClient.get());
        }
        return byAccount.isPresent() ? byAccount : byClient;
    }

    /**
     * A successful sign-in clears the account's failures and takes its attempt back from the
     * address (others may share it: an office behind one address signs in all day).
     */
    public void signInSucceeded(String username, String clientAddress) {
        accountKey(username).ifPresent(store::clear);
        store.release(clientKey(clientAddress), clock.instant());
    }

    /** True once per window and key: for things worth saying once (an audit entry), not per attempt. */
    public boolean firstInWindow(String key, Duration window) {
        return store.hit("once:" + key, window, clock.instant()).count() == 1;
    }

    /** No counter for names no account can have: they cannot be locked out, and cannot bloat the store. */
    static Optional<String> accountKey(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return Optional.of("login:account:" + username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** IPv6 clients are counted per /64 (one customer's network), IPv4 per address. */
    static String clientKey(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    return "login:client:" + java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (java.net.UnknownHostException e) {
                // not an address: falls through, cut to size
            }
        }
        return "login:client:" + (address.length() > 45 ? address.substring(0, 45) : address);
    }
}
