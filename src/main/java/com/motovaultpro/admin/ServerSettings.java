package com.motovaultpro.admin;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Server-wide settings an administrator changes in the UI. Until one is saved, the value from
 * configuration (docs/configuration.md) applies.
 */
@ApplicationScoped
@Transactional
public class ServerSettings {

    static final String REGISTRATION_MODE = "registration.mode";
    private static final Logger LOG = Logger.getLogger(ServerSettings.class.getName());

    @PersistenceContext(unitName = "motovault")
    EntityManager em;

    @Inject
    AppSettings settings;

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
    }
}
