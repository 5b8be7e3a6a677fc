package com.motovaultpro.admin;

import com.motovaultpro.audit.AuditAction;
import com.motovaultpro.audit.AuditLog;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.security.LocalSignInPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Server-wide settings an administrator changes in the UI. Until one is saved, the value from
 * configuration (docs/configuration.md) applies.
 */
@ApplicationScoped
@Transactional
public class ServerSettings implements LocalSignInPolicy {

    static final String REGISTRATION_MODE = "registration.mode";
    static final String LOCAL_SIGN_IN = "signin.local";
    /** Password checks ask on every sign-in; the answer is kept this long (other replicas follow within it). */
    private static final Duration POLICY_CACHE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(ServerSettings.class.getName());

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    AppSettings settings;

    @Inject
    AuditLog audit;

    private volatile Boolean localSignIn;
    private volatile Instant localSignInReadAt = Instant.MIN;

    public RegistrationMode registrationMode() {
        AppSetting stored = em.find(AppSetting.class, REGISTRATION_MODE);
        return stored == null ? settings.initialRegistrationMode() : RegistrationMode.valueOf(stored.getValue());
    }

    public void changeRegistrationMode(RegistrationMode mode, String changedBy) {
        AppSetting stored = em.find(AppSetting.class, REGISTRATION_MODE);
        if (stored == null) {
            em.persist(new AppSetting(REGISTRATION_MODE, mode.name()));
        } else {
            stored.setValue(mode.name());
        }
        LOG.info(() -> "Registration mode set to " + mode + " by '" + changedBy + "'");
        audit.record(AuditAction.SETTING_CHANGED, changedBy, REGISTRATION_MODE, mode.name());
    }

    /**
     * Whether user name and password sign-ins are allowed. Only single sign-on can turn them off, so
     * without a configured provider they are always allowed (nobody is locked out).
     */
    @Override
    public boolean localSignInAllowed() {
        if (settings.oidc().isEmpty()) {
            return true;
        }
        Instant now = Instant.now();
        Boolean cached = localSignIn;
        if (cached == null || now.isAfter(localSignInReadAt.plus(POLICY_CACHE))) {
            AppSetting stored = em.find(AppSetting.class, LOCAL_SIGN_IN);
            cached = stored == null || Boolean.parseBoolean(stored.getValue());
            localSignIn = cached;
            localSignInReadAt = now;
        }
        return cached;
    }

    public boolean ssoConfigured() {
        return settings.oidc().isPresent();
    }

    /** Makes single sign-on the only way in (false) or allows local accounts again (true). */
    public void changeLocalSignIn(boolean allowed, String changedBy) {
        if (!allowed && settings.oidc().isEmpty()) {
            throw new IllegalStateException("Local sign-in can only be switched off when single sign-on is configured");
        }
        AppSetting stored = em.find(AppSetting.class, LOCAL_SIGN_IN);
        if (stored == null) {
            em.persist(new AppSetting(LOCAL_SIGN_IN, Boolean.toString(allowed)));
        } else if (!stored.getValue().equals(Boolean.toString(allowed))) {
            stored.setValue(Boolean.toString(allowed));
        } else {
            return;
        }
        localSignIn = allowed;
        localSignInReadAt = Instant.now();
        audit.record(AuditAction.SETTING_CHANGED, changedBy, LOCAL_SIGN_IN, Boolean.toString(allowed));
    }
}
