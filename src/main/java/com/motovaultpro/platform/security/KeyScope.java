package com.motovaultpro.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least scope an API key needs to call this API route; every resource method carries one
 * ({@link KeyScopeFilter} refuses a key on a route without it, and a test fails the build). The
 * rule, route by route, is in docs/architecture.md ("API key scopes"):
 * <ul>
 *   <li>{@link Level#VIEWER}: reading;</li>
 *   <li>{@link Level#EDITOR}: changing a vehicle's logbook, reminders and documents;</li>
 *   <li>{@link Level#MANAGER}: everything the owner does with their account and vehicles — keys,
 *       sharing, settings, extra-field definitions, the calendar link, vehicles, administration
 *       (an EDITOR key may still revoke itself);</li>
 *   <li>{@link Level#NO_KEY}: never with a key (making keys: a key cannot make a key);</li>
 *   <li>{@link Level#ANY}: a route that needs no credentials at all (signing up).</li>
 * </ul>
 * Within that, the vehicle role still decides (an EDITOR key of a viewer reads only), and a
 * VIEWER key never writes whatever the route says ({@link ApiKeyScopeFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface KeyScope {

    Level value();

    /** Scopes from the least to the most a key may do. */
    enum Level {
        ANY, VIEWER, EDITOR, MANAGER, NO_KEY;

        /** Whether a key of {@code scope} (VIEWER, EDITOR or MANAGER) may call a route that needs this level. */
        public boolean admits(String scope) {
            return switch (this) {
                case ANY -> true;
                case NO_KEY -> false;
                default -> {
                    try {
                        Level given = valueOf(scope);
                        yield given.ordinal() >= ordinal() && given != NO_KEY && given != ANY;
                    } catch (IllegalArgumentException | NullPointerException e) {
                        yield false;
                    }
                }
            };
        }
    }
}
