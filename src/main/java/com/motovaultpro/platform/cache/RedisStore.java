package com.motovaultpro.platform.cache;

import com.motovaultpro.platform.telemetry.Spans;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;

/**
 * Generations and second-level values in Redis, shared by every replica. Reading the generations
 * of a view is one round trip; a change replaces the generations of its scopes in one batch.
 */
public class RedisStore implements SharedStore {

    static final String GENERATION_PREFIX = "mvp:gen:";
    static final String VALUE_PREFIX = "mvp:cache:";

    /** A scope nobody touches for this long gets a fresh generation (harmless: entries just miss). */
    static final Duration GENERATION_TTL = Duration.ofDays(2);

    /** As long as any other command may take (RedisConnection's command timeout). */
    static final Duration PING_LIMIT = Duration.ofMillis(500);

    private final RedissonClient redis;

    public RedisStore(RedissonClient redis) {
        this.redis = redis;
    }

    @Override
    public Map<String, String> generations(List<String> scopes) {
        String[] keys = scopes.stream().map(s -> GENERATION_PREFIX + s).toArray(String[]::new);
        Map<String, String> found = Spans.redis("MGET", () -> redis.getBuckets(StringCodec.INSTANCE).get(keys));
        Map<String, String> current = new LinkedHashMap<>();
        for (String scope : scopes) {
            String generation = found.get(GENERATION_PREFIX + scope);
            if (generation == null) {
                generation = create(scope);
            }
            current.put(scope, generation);
        }
        return current;
    }

    /** The scope's first generation; if another replica was quicker, theirs. */
    private String create(String scope) {
        String fresh = Generation.next();
        var bucket = redis.<String>getBucket(GENERATION_PREFIX + scope, StringCodec.INSTANCE);
        if (Spans.redis("SET", () -> bucket.setIfAbsent(fresh, GENERATION_TTL))) {
            return fresh;
        }
        String theirs = Spans.redis("GET", bucket::get);
        return theirs == null ? fresh : theirs;
    }

    @Override
    public void bump(Collection<String> scopes) {
        if (scopes.isEmpty()) {
            return;
        }
        RBatch batch = redis.createBatch();
        for (String scope : scopes) {
            batch.<String>getBucket(GENERATION_PREFIX + scope, StringCodec.INSTANCE)
                    .setAsync(Generation.next(), GENERATION_TTL);
        }
        Spans.redis("SET", batch::execute);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(Spans.redis("GET",
                () -> redis.<byte[]>getBucket(VALUE_PREFIX + key, ByteArrayCodec.INSTANCE).get()));
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        Spans.redis("SET", () -> {
            redis.<byte[]>getBucket(VALUE_PREFIX + key, ByteArrayCodec.INSTANCE).set(value, ttl);
            return null;
        });
    }

    @Override
    public void ping() {
        // No span: the change log's drain pings every 2 s, which would only bury the traces that matter.
        boolean answered = redis.getRedisNodes(RedisNodes.SINGLE).getInstance()
                .ping(PING_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!answered) {
            throw new IllegalStateException("no answer to PING within " + PING_LIMIT.toMillis() + " ms");
        }
    }

    @Override
    public boolean shared() {
        return true;
    }
}
