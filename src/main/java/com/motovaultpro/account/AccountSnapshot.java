package com.motovaultpro.account;

import java.io.Serializable;
import java.util.Set;

/**
 * What a request needs to know about the person making it, as the cache keeps it: who (id,
 * name), their roles, and how they want things shown (units, formats, the garage's order and figure). Never the password or anything secret.
 */
public record AccountSnapshot(long id, String username, boolean admin, String locale, DisplayPreferences.Saved display,
                              GarageLayout garage) implements Serializable {

    public static AccountSnapshot of(UserAccount account) {
        return new AccountSnapshot(account.getId(), account.getUsername(), account.isAdmin(), account.getLocale(),
                account.getDisplayPreferences(), account.getGarageLayout());
    }

    public Set<String> groups() {
        return AccountIdentityStore.groupsOf(admin);
    }
}
