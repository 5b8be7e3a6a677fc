package com.motovaultpro.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The signed-in user's personal settings (for now: the UI language). */
@RequestScoped
@Transactional
public class AccountPreferences {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    public Optional<String> savedLanguage() {
        return currentUser.find().map(UserAccount::getLocale);
    }

    public void saveLanguage(String tag) {
        currentUser.find().ifPresent(account -> em.find(UserAccount.class, account.getId()).setLocale(tag));
    }
}
