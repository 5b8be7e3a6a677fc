package com.motovaultpro.platform.ratelimit;

import com.motovaultpro.platform.telemetry.Spans;
import com.motovaultpro.platform.redis.Outage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Counters in Redis, so a limit holds across all replicas (a client cannot multiply its attempts
 * by the number of servers). Each operation is one atomic script. While Redis does not answer the
 * counting falls back to this replica's own counters (limits then hold per replica), and returns
 * to Redis when it answers again: sign-in and the API keep working either way.
 */
public class RedisRateLimitStore implements RateLimitStore {

    static final String PREFIX = "mvp:rl:";

    private static final String HIT = """
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if count == 1 or ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}""";
    private static final String PEEK = """
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            local ttl = redis.call('PTTL', KEYS[1])
            return {count, ttl}""";
    private static final String RELEASE = """
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            if count <= 1 then redis.call('DEL', KEYS[1]) else redis.call('DECR', KEYS[1]) end
            return count""";

    private final RedissonClient redis;
    private final RateLimitStore fallback;
    private final Outage outage;

    public RedisRateLimitStore(RedissonClient redis, RateLimitStore fallback, Clock clock) {
        this.redis = redis;
        this.fallback = fallback;
        this.outage = new Outage(Duration.ofSeconds(3), clock, "rate limits are counted per replica",
                "rate limits are shared by all replicas again");
    }

    @Override
    public Window hit(String key, Duration length, Instant now) {
        return inRedis(() -> window(eval(HIT, key, length.toMillis()), now, length), () -> fallback.hit(key, length, now));
    }

    @Override
    public Window peek(String key, Duration length, Instant now) {
        return inRedis(() -> window(eval(PEEK, key, length.toMillis()), now, length), () -> fallback.peek(key, length, now));
    }

    @Override
    public void clear(String key) {
        inRedis(() -> Spans.redis("DEL", () -> redis.getBucket(PREFIX + key, StringCodec.INSTANCE).delete()), () -> {
            fallback.clear(key);
            return Boolean.TRUE;
        });
    }

    @Override
    public void release(String key, Instant now) {
        inRedis(() -> Spans.redis("EVAL", () -> redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE,
                RELEASE, RScript.ReturnType.LONG, List.of(PREFIX + key))), () -> {
                    fallback.release(key, now);
                    return 0L;
                });
    }

    private List<Object> eval(String script, String key, long windowMillis) {
        return Spans.redis("EVAL", () -> redis.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, script,
                RScript.ReturnType.LIST, List.of(PREFIX + key), Long.toString(windowMillis)));
    }

    /** count and remaining milliseconds → a window; no key (count 0, no TTL) is an empty window. */
    static Window window(List<Object> reply, Instant now, Duration length) {
        long count = ((Number) reply.get(0)).longValue();
        long ttl = ((Number) reply.get(1)).longValue();
        return count == 0 || ttl < 0 ? Window.empty(now, length) : new Window(count, now.plusMillis(ttl));
    }

    private <T> T inRedis(Supplier<T> redisCall, Supplier<T> local) {
        return outage.attempt(redisCall).orElseGet(local);
    }
}
