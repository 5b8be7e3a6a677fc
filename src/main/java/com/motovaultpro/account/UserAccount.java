package com.motovaultpro.account;

import com.motovaultpro.platform.cache.CacheScoped;
import com.motovaultpro.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person who signs in to MotoVaultPro. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = "SELECT u FROM UserAccount u WHERE lower(u.username) = lower(:username)")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT count(u) FROM UserAccount u")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT u FROM UserAccount u WHERE lower(u.email) = lower(:email)")
@NamedQuery(name = UserAccount.NAME_OR_EMAIL_IN_USE,
        query = "SELECT count(u) FROM UserAccount u WHERE lower(u.username) = lower(:name)"
                + " OR lower(u.email) IN (lower(:name), lower(:email))")
public class UserAccount extends AuditedEntity implements CacheScoped {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    public static final String BY_EMAIL = "UserAccount.byEmail";
    public static final String NAME_OR_EMAIL_IN_USE = "UserAccount.nameOrEmailInUse";
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    /** Optional; unique regardless of case. Collaborators can be invited by it. */
    @Column(length = 254)
    private String email;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(nullable = false, length = 16)
    private String locale = "en";

    @Column(name = "format_locale", length = 35)
    private String formatLocale;

    @Column(length = 3)
    private String currency;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "distance_unit", length = 16)
    private com.motovaultpro.platform.units.DistanceUnit distanceUnit;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "volume_unit", length = 24)
    private com.motovaultpro.platform.units.VolumeUnit volumeUnit;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "economy_unit", length = 24)
    private com.motovaultpro.platform.units.EconomyUnit economyUnit;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "electric_economy_unit", length = 24)
    private com.motovaultpro.platform.units.EconomyUnit electricEconomyUnit;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "garage_figure", nullable = false, length = 24)
    private GarageLayout.Figure garageFigure = GarageLayout.Figure.TOTAL_COST;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "garage_sort", nullable = false, length = 24)
    private GarageLayout.Sort garageSort = GarageLayout.Sort.IDENTIFIER;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 6)
    private Theme theme = Theme.SYSTEM;

    /** The OpenID Connect provider (issuer) and subject this account is bound to; null for local accounts. */
    @Column(name = "sso_issuer", length = 500, updatable = false)
    private String ssoIssuer;

    @Column(name = "sso_subject", length = 255, updatable = false)
    private String ssoSubject;

    protected UserAccount() {
    }

    /** A new account provisioned at its first single sign-on; it has no password. */
    static UserAccount fromProvider(String issuer, String subject, String username, String displayName, String email,
                                    boolean admin) {
        UserAccount account = new UserAccount(username, displayName, email, null, admin);
        account.ssoIssuer = issuer;
        account.ssoSubject = subject;
        return account;
    }

    /** At every single sign-on the provider's name, address and (if it manages it) admin flag win. */
    void updateFromProvider(String displayName, String email, java.util.Optional<Boolean> admin) {
        this.displayName = displayName;
        this.email = email;
        admin.ifPresent(a -> this.admin = a);
    }

    public boolean isSso() {
        return ssoSubject != null;
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, boolean admin) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.admin = admin;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** The display name as stored (null when none was given). */
    public String getDisplayNameOrNull() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    /** The saved display preferences (nulls are defaults, see {@link DisplayPreferences}). */
    public DisplayPreferences.Saved getDisplayPreferences() {
        return new DisplayPreferences.Saved(formatLocale, currency, distanceUnit, volumeUnit, economyUnit,
                electricEconomyUnit);
    }

    void setDisplayPreferences(DisplayPreferences.Saved saved) {
        formatLocale = saved.formatLocale();
        currency = saved.currency();
        distanceUnit = saved.distanceUnit();
        volumeUnit = saved.volumeUnit();
        economyUnit = saved.economyUnit();
        electricEconomyUnit = saved.electricEconomyUnit();
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }


    public GarageLayout getGarageLayout() {
        return new GarageLayout(garageFigure, garageSort);
    }

    public void setGarageLayout(GarageLayout layout) {
        this.garageFigure = layout.figure();
        this.garageSort = layout.sort();
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme == null ? Theme.SYSTEM : theme;
    }

    /** Cached views of this account: found by id, and by name. */
    @Override
    public java.util.List<String> cacheScopes() {
        return getId() == null ? java.util.List.of(scopeOfUsername(username))
                : java.util.List.of(scopeOfId(getId()), scopeOfUsername(username));
    }

    public static String scopeOfId(long id) {
        return "account:" + id;
    }

    public static String scopeOfUsername(String username) {
        return "username:" + username;
    }
}
