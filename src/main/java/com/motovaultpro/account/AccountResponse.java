package com.motovaultpro.account;

/** An account as the API shows it to its owner. */
public record AccountResponse(long id, String username, String displayName, String email, boolean admin, String locale) {

    static AccountResponse of(UserAccount account) {
        return new AccountResponse(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.isAdmin(), account.getLocale());
    }
}
