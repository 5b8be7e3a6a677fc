package com.motovaultpro.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.redisson.client.RedisException;

/** Which failures of a page request are the session store's (and get the outage page). */
class SessionStoreOutageFilterTest {

    @Test
    void libertysBareSessionCacheFailureWrappedByFacesIsTheStores() {
        // What Liberty throws when Redisson cannot store a new session (SRVE0777E in the log).
        RuntimeException insert = new RuntimeException("Internal Server Error");
        insert.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.ibm.ws.session.store.cache.CacheHashMap", "insertSession", "CacheHashMap.java", 730)});
        assertTrue(SessionStoreOutageFilter.fromSessionStore(new ServletException("Internal Server Error", insert)));
    }

    @Test
    void theRedisClientsOwnFailureIsTheStores() {
        assertTrue(SessionStoreOutageFilter.fromSessionStore(
                new IllegalStateException(new RedisException("Unexpected exception while processing command"))));
    }

    @Test
    void anApplicationFailureIsNot() {
        assertFalse(SessionStoreOutageFilter.fromSessionStore(new ServletException(new IllegalArgumentException("bad id"))));
    }
}
