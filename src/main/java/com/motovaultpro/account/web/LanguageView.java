package com.motovaultpro.account.web;

import com.motovaultpro.account.AccountPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language pages are shown in: the signed-in user's saved choice, else the browser's
 * preference among the supported ones.
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    public static final List<String> SUPPORTED = AccountPreferences.LANGUAGES;
    private static final long serialVersionUID = 1L;

    @Inject
    AccountPreferences preferences;

    private String language;

    public Locale getLocale() {
        if (language == null) {
            language = preferences.savedLanguage().filter(SUPPORTED::contains).orElseGet(LanguageView::fromBrowser);
        }
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language and remembers it for the signed-in user. */
    public String change(String tag) {
        if (SUPPORTED.contains(tag)) {
            language = tag;
            preferences.saveLanguage(tag);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(Locale.forLanguageTag(tag));
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** Forget the cached choice (e.g. after sign-in, when the saved preference becomes known). */
    public void reset() {
        language = null;
    }

    private static String fromBrowser() {
        var requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (requested.hasNext()) {
            String candidate = requested.next().getLanguage();
            if (SUPPORTED.contains(candidate)) {
                return candidate;
            }
        }
        return SUPPORTED.get(0);
    }
}
