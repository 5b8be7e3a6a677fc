package com.motovaultpro.account;

import java.io.Serializable;
import java.util.Set;

/**
 * What a request needs to know about the person making it, as the cache keeps it: who (id,
 * name), their roles, and how they want things shown (units, formats, the garage's order and figure,
 * the colour theme). Never the password or anything secret.
 */
public record AccountSnapshot(long id, String username, boolean admin, String locale, DisplayPreferences.Saved display,
                              GarageLayout garage, Theme theme) implements Serializable {

    public static AccountSnapshot of(UserAccount account) {
        return new AccountSnapshot(account.getId(), account.getUsername(), account.isAdmin(), account.getLocale(),
                account.getDisplayPreferences(), account.getGarageLayout(), account.getTheme());
    }

    public Set<String> groups() {
        return AccountIdentityStore.groupsOf(admin);
    }
}
