package com.motovaultpro.sso;

import com.motovaultpro.platform.validation.PlainTextValidator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the provider says signed in, read from the token's claims: the never-changing subject, the
 * user name (from the configured claim), display name and e-mail (which may change), and — when an
 * admin group is configured — whether the person is in it.
 */
public record SsoIdentity(String subject, String username, Optional<String> displayName, Optional<String> email,
                          List<String> groups, Optional<Boolean> admin) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    /**
     * @param usernameClaim the claim holding the user name (e.g. preferred_username)
     * @param groupsClaim the claim holding the groups (a list or one string)
     * @param adminGroup the group that makes an administrator; empty: admin rights are not managed by SSO
     * @throws SsoException NO_USERNAME if the user name claim is missing or unusable
     */
    public static SsoIdentity from(Map<String, Object> claims, String usernameClaim, String groupsClaim,
                                   Optional<String> adminGroup) {
        String subject = text(claims.get("sub")).orElseThrow(
                () -> new SsoException(SsoException.Reason.INVALID_TOKEN, "no subject"));
        String username = text(claims.get(usernameClaim))
                .filter(u -> u.length() <= 64 && PlainTextValidator.isPlain(u, false))
                .orElseThrow(() -> new SsoException(SsoException.Reason.NO_USERNAME,
                        "claim '" + usernameClaim + "' is missing or not a user name"));
        Optional<String> name = text(claims.get("name")).filter(n -> PlainTextValidator.isPlain(n, false))
                .map(n -> n.length() > 120 ? n.substring(0, 120) : n);
        // An address the provider says it has not verified is not taken: invitations go by e-mail.
        boolean unverified = Boolean.FALSE.equals(claims.get("email_verified"))
                || "false".equals(claims.get("email_verified"));
        Optional<String> email = text(claims.get("email")).filter(e -> !unverified)
                .filter(e -> e.length() <= 254 && EMAIL.matcher(e).matches());
        List<String> groups = groups(claims.get(groupsClaim));
        Optional<Boolean> admin = adminGroup.map(wanted -> groups.stream()
                .anyMatch(group -> withoutLeadingSlash(group).equals(withoutLeadingSlash(wanted))));
        return new SsoIdentity(subject, username, name, email, groups, admin);
    }

    /**
     * Keycloak's "full group path" names a group {@code /motovault-admins} (and a subgroup
     * {@code /parent/admins}); without it, {@code motovault-admins}. Either spelling matches either
     * way of configuring the admin group.
     */
    private static String withoutLeadingSlash(String group) {
        return group.startsWith("/") ? group.substring(1) : group;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private static List<String> groups(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String one ? List.of(one) : List.of();
    }
}
