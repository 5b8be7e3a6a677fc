package com.motovaultpro.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies signed JWTs from the provider: the signature against the provider's published keys
 * (asymmetric algorithms only, never "none" or HMAC), the issuer, the audience, expiry (a minute of
 * clock skew) and, for ID tokens, the nonce of the sign-in. Keys are kept and fetched again when a
 * token names a key not seen yet (the provider rotated its keys).
 */
public final class TokenVerifier {

    private static final AlgorithmConstraints ASYMMETRIC_ONLY = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);

    /**
     * However many sign-ins start or tokens name unknown keys, the provider is asked at most this
     * often: no client can make us hammer it (or trip our circuit breaker by doing so).
     */
    public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(2);

    private final String issuer;
    private final Supplier<String> fetchKeys;
    private final Clock clock;
    private volatile List<JsonWebKey> keys;
    private volatile Instant fetchedAt = Instant.MIN;

    /** {@code fetchKeys} returns the provider's JWK set as JSON (and may throw if it is unreachable). */
    public TokenVerifier(String issuer, Supplier<String> fetchKeys) {
        this(issuer, fetchKeys, Clock.systemUTC());
    }

    TokenVerifier(String issuer, Supplier<String> fetchKeys, Clock clock) {
        this.issuer = issuer;
        this.fetchKeys = fetchKeys;
        this.clock = clock;
    }

    /**
     * Fetches the keys if the last fetch is older than {@code maxAge} (also a check that the
     * provider answers); never more often than {@link #MIN_REFRESH_INTERVAL}.
     */
    public void refreshKeysIfOlderThan(Duration maxAge) {
        Duration age = Duration.between(fetchedAt, clock.instant());
        if (keys == null || age.compareTo(maxAge.compareTo(MIN_REFRESH_INTERVAL) < 0 ? MIN_REFRESH_INTERVAL : maxAge) > 0) {
            fetch();
        }
    }

    private synchronized void fetch() {
        if (keys != null && Duration.between(fetchedAt, clock.instant()).compareTo(MIN_REFRESH_INTERVAL) < 0) {
            return; // another thread just fetched them
        }
        try {
            keys = new JsonWebKeySet(fetchKeys.get()).getJsonWebKeys();
            fetchedAt = clock.instant();
        } catch (JoseException e) {
            throw new ProviderUnavailableException("The provider's key set is not a JWK set: " + e.getMessage(), e);
        }
    }

    /**
     * The claims of a token that passed every check; {@code nonce} null when none is expected.
     *
     * @throws SsoException INVALID_TOKEN naming the failed check
     */
    public JwtClaims verify(String token, String audience, String nonce) {
        if (keys == null) {
            fetch();
        }
        try {
            return check(token, audience, nonce);
        } catch (InvalidJwtException first) {
            if (!unknownKey(first)) {
                throw invalid(first);
            }
            fetch();
            try {
                return check(token, audience, nonce);
            } catch (InvalidJwtException second) {
                throw invalid(second);
            }
        }
    }

    /**
     * The claims of an access token for the API: every check of {@link #verify}, and no ID token
     * (a provider may put the API's audience into ID tokens too; an ID token proves a sign-in to
     * a client, it grants nothing at an API).
     */
    public JwtClaims verifyAccessToken(String token, String audience) {
        JwtClaims claims = verify(token, audience, null);
        if (isIdToken(claims)) {
            throw new SsoException(SsoException.Reason.INVALID_TOKEN, "it is an ID token, not an access token");
        }
        return claims;
    }

    /**
     * Whether this is an ID token. A token that says what it is decides: Keycloak's {@code typ}
     * claim ({@code ID} or {@code Bearer}; Keycloak up to 24, or with its nonce compatibility
     * mapper, also puts the sign-in's {@code nonce} into access tokens). Without {@code typ}, what
     * only ID tokens carry: a sign-in's {@code nonce}, or the hashes of the access token or code
     * issued with it (OpenID Connect Core 3.1.3.6, 3.3.2.11).
     */
    static boolean isIdToken(JwtClaims claims) {
        if (claims.getClaimValue("typ") instanceof String type) {
            return type.equalsIgnoreCase("ID");
        }
        return claims.hasClaim("nonce") || claims.hasClaim("at_hash") || claims.hasClaim("c_hash");
    }

    public String issuer() {
        return issuer;
    }

    private JwtClaims check(String token, String audience, String nonce) throws InvalidJwtException {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(60)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setJwsAlgorithmConstraints(ASYMMETRIC_ONLY)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys))
                .build();
        JwtClaims claims = consumer.processToClaims(token);
        if (nonce != null && !nonce.equals(claims.getClaimValue("nonce"))) {
            throw new SsoException(SsoException.Reason.INVALID_TOKEN, "the ID token's nonce does not match the sign-in");
        }
        return claims;
    }

    private static boolean unknownKey(InvalidJwtException e) {
        return e.getMessage() != null && e.getMessage().contains("Unable to find a suitable verification key");
    }

    /**
     * Why a token failed, in words of our own: jose4j's messages quote the token's claims and the
     * provider's whole key set, and what a client sent is never echoed into a response or a log.
     */
    private static SsoException invalid(InvalidJwtException e) {
        return new SsoException(SsoException.Reason.INVALID_TOKEN, reason(e));
    }

    static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "it has expired";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "it is not valid yet";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "it is not meant for this API (aud)";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "it was not issued by the configured provider (iss)";
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)
                || unknownKey(e)) {
            return "its signature does not verify with the provider's keys";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING) || e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            return "it lacks a required claim (exp, sub)";
        }
        return "it is not a well-formed signed token";
    }

    /** Claim values as plain Java (strings, lists of strings) for {@link SsoIdentity}. */
    public static Map<String, Object> plain(JwtClaims claims) {
        return claims.getClaimsMap();
    }
}
