package com.motovaultpro.account;

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
public class UserAccount extends AuditedEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", length = 120)
    private String displayName;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(nullable = false, length = 16)
    private String locale = "en";

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, boolean admin) {
        this.username = username;
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

}
