package com.motovaultpro.platform.web.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    /** A session holding attributes in a map: all the token needs. */
    static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(CsrfTokenTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void everyPageGetsOtherBytesForTheSameToken() {
        HttpSession session = session();
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String masked = CsrfToken.masked(session);
            assertTrue(written.add(masked), "never the same bytes twice");
            assertTrue(CsrfToken.matches(session, masked));
        }
        assertEquals(1, Set.of(CsrfToken.of(session)).size());
        assertFalse(written.stream().anyMatch(w -> w.contains(CsrfToken.of(session))), "the token itself never appears");
    }

    static Stream<Arguments> submissions() {
        Function<HttpSession, String> other = s -> CsrfToken.masked(session());
        return Stream.of(
                Arguments.of("masked, this session", (Function<HttpSession, String>) CsrfToken::masked, true),
                Arguments.of("as stored (a page from before masking)", (Function<HttpSession, String>) CsrfToken::of, true),
                Arguments.of("another session's", other, false),
                Arguments.of("none", (Function<HttpSession, String>) s -> null, false),
                Arguments.of("empty", (Function<HttpSession, String>) s -> "", false),
                Arguments.of("not base64", (Function<HttpSession, String>) s -> "%%%not-a-token%%%", false),
                Arguments.of("half of a masked one", (Function<HttpSession, String>) s -> CsrfToken.masked(s).substring(0, 43), false),
                Arguments.of("masked, one character changed", (Function<HttpSession, String>) s -> flipOne(CsrfToken.masked(s)), false),
                Arguments.of("far too long", (Function<HttpSession, String>) s -> CsrfToken.masked(s).repeat(1000), false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("submissions")
    void aSubmittedTokenIsAccepted(String what, Function<HttpSession, String> submitted, boolean accepted) {
        HttpSession session = session();
        CsrfToken.of(session);
        assertEquals(accepted, CsrfToken.matches(session, submitted.apply(session)), what);
    }

    @Test
    void aSessionWithoutTokenAcceptsNothing() {
        HttpSession session = session();
        String foreign = CsrfToken.masked(session());
        assertFalse(CsrfToken.matches(session, foreign));
        assertNotEquals(foreign, CsrfToken.masked(session));
    }

    /** The token with one character in the middle changed (the last one may only carry padding bits). */
    private static String flipOne(String token) {
        int i = token.length() / 2;
        char c = token.charAt(i);
        return token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
    }
}
