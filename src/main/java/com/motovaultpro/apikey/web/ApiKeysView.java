package com.motovaultpro.apikey.web;

import com.motovaultpro.apikey.ApiKey;
import com.motovaultpro.apikey.ApiKeyException;
import com.motovaultpro.apikey.ApiKeyService;
import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The API keys part of settings.xhtml: the caller's keys, a form to create one (its plaintext is
 * shown in this one response only), and revoking.
 */
@Named
@RequestScoped
public class ApiKeysView {

    private static final String FORM = "apiKeysForm";

    @Inject
    ApiKeyService keys;

    private List<ApiKey> mine;
    private String name;
    private VehicleRole scope = VehicleRole.VIEWER;
    private LocalDate expiresOn;
    private String newKey;

    public List<ApiKey> getMine() {
        if (mine == null) {
            mine = keys.mine();
        }
        return mine;
    }

    public void create() {
        try {
            Instant expiresAt = expiresOn == null ? null
                    : expiresOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            ApiKeyService.IssuedKey issued = keys.create(name, scope == null ? null : scope.name(), expiresAt);
            newKey = issued.plaintext();
            name = null;
            expiresOn = null;
            mine = null;
            FacesMessages.info("apikey.created", issued.key().getName());
        } catch (ApiKeyException e) {
            String field = switch (e.reason()) {
                case NAME_REQUIRED -> FORM + ":keyName";
                case INVALID_SCOPE -> FORM + ":keyScope";
                case EXPIRY_IN_PAST -> FORM + ":keyExpires";
                case NO_SUCH_KEY, KEYS_DO_NOT_MAKE_KEYS, TOO_MANY_KEYS -> null;
            };
            FacesMessages.error(field, e.messageKey());
        }
    }

    public void revoke(ApiKey key) {
        try {
            keys.revoke(key.getId());
            FacesMessages.info("apikey.revoked", key.getName());
        } catch (ApiKeyException e) {
            FacesMessages.error(null, e.messageKey());
        }
        mine = null;
    }

    /** How a key is named in lists: its public prefix, the secret left out. */
    public String masked(ApiKey key) {
        return "mvp_" + key.getPrefix() + "_…";
    }

    public CredentialStatus status(ApiKey key) {
        return key.status(Instant.now());
    }

    public VehicleRole[] getScopes() {
        return new VehicleRole[] {VehicleRole.VIEWER, VehicleRole.EDITOR, VehicleRole.MANAGER};
    }

    /** Expiry can be chosen from tomorrow on. */
    public LocalDate getEarliestExpiry() {
        return LocalDate.now(ZoneId.systemDefault()).plusDays(1);
    }

    public String getNewKey() {
        return newKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VehicleRole getScope() {
        return scope;
    }

    public void setScope(VehicleRole scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
