package com.motovaultpro.account;

import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.web.ProblemDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's personal settings: UI language, display preferences, garage layout.
 * Reading them needs no transaction (they come from the cached {@link AccountSnapshot}, and pages
 * ask for them once per converter); saving does.
 */
@RequestScoped
public class AccountPreferences {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    private DisplayPreferences display;

    public Optional<String> savedLanguage() {
        return currentUser.snapshot().map(AccountSnapshot::locale);
    }

    /** The languages the pages speak (message bundles exist for each), the first the default. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "nl");

    /**
     * The language of {@link #LANGUAGES} an {@code Accept-Language} header prefers most (English
     * when it names none of them, is missing or is malformed).
     */
    public static String bestLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return LANGUAGES.get(0);
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return tag == null ? LANGUAGES.get(0) : tag;
        } catch (IllegalArgumentException malformed) {
            return LANGUAGES.get(0);
        }
    }

    /** Remembers the signed-in user's language; one the pages do not speak is refused. */
    @Transactional
    public void saveLanguage(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("no pages in the language '" + tag + "'");
        }
        currentUser.find().ifPresent(account -> em.find(UserAccount.class, account.getId()).setLocale(tag));
        currentUser.forgetSnapshot();
        display = null;
    }

    /** What the signed-in user saved (defaults for a visitor). */
    public DisplayPreferences.Saved savedDisplay() {
        return currentUser.snapshot().map(AccountSnapshot::display).orElse(DisplayPreferences.Saved.DEFAULTS);
    }

    /** The display preferences in effect for this request (a visitor gets those of {@code language}). */
    public DisplayPreferences display(String language) {
        if (display == null) {
            display = DisplayPreferences.resolve(savedLanguage().orElse(language), savedDisplay());
        }
        return display;
    }

    /** The preferences in effect for the signed-in user, in their saved language. */
    public DisplayPreferences display() {
        return display(savedLanguage().orElse("en"));
    }

    /** Saves the display preferences; refuses the whole change if any field is invalid. */
    @Transactional
    public void saveDisplay(DisplayPreferences.Saved saved) {
        List<DisplayPreferences.Problem> problems = DisplayPreferences.problems(saved);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.stream()
                    .map(p -> new ProblemDetail.FieldError(p.field(), p.message())).toList());
        }
        UserAccount account = em.find(UserAccount.class, currentUser.get().getId());
        account.setDisplayPreferences(saved);
        currentUser.get().setDisplayPreferences(saved);
        currentUser.forgetSnapshot();
        display = null;
    }

    /** The signed-in user's colour theme (a visitor's follows their device). */
    public Theme theme() {
        return currentUser.snapshot().map(AccountSnapshot::theme).orElse(Theme.SYSTEM);
    }

    @Transactional
    public void saveTheme(Theme theme) {
        UserAccount account = em.find(UserAccount.class, currentUser.get().getId());
        account.setTheme(theme);
        currentUser.get().setTheme(theme);
        currentUser.forgetSnapshot();
    }

    /** The signed-in user's garage layout. */
    public GarageLayout garage() {
        return currentUser.snapshot().map(AccountSnapshot::garage).orElse(GarageLayout.DEFAULT);
    }

    @Transactional
    public void saveGarage(GarageLayout layout) {
        UserAccount account = em.find(UserAccount.class, currentUser.get().getId());
        account.setGarageLayout(layout);
        currentUser.get().setGarageLayout(layout);
        currentUser.forgetSnapshot();
    }
}
