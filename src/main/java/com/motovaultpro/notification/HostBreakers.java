package com.motovaultpro.notification;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * A circuit breaker per destination (the SMTP server; a webhook's host and port): after half of at
 * least 5 of the last 10 deliveries to a host failed, no delivery to it is tried for a minute, then
 * one probe decides. Other hosts are not held up by one that is down. Per replica.
 */
@ApplicationScoped
class HostBreakers {

    static final Duration OPEN_FOR = Duration.ofMinutes(1);

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(OPEN_FOR)
            .permittedNumberOfCallsInHalfOpenState(1)
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .build());

    CircuitBreaker of(String host) {
        return registry.circuitBreaker(host);
    }
}
