package com.motovaultpro.admin.web;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.admin.ServerSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.reminder.ReminderThresholdDefaults;
import com.motovaultpro.reminder.Thresholds;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** admin/settings.xhtml: server-wide settings (administrators only, enforced in web.xml). */
@Named
@RequestScoped
public class ServerSettingsView {

    @Inject
    ServerSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReminderThresholdDefaults reminderDefaults;

    private RegistrationMode registrationMode;
    private boolean localSignIn;
    private int urgentDays;
    private int veryUrgentDays;
    private BigDecimal urgentDistance;
    private BigDecimal veryUrgentDistance;

    @PostConstruct
    void load() {
        registrationMode = settings.registrationMode();
        localSignIn = settings.localSignInAllowed();
        Thresholds thresholds = reminderDefaults.current();
        urgentDays = thresholds.urgentDays();
        veryUrgentDays = thresholds.veryUrgentDays();
        urgentDistance = thresholds.urgentDistance();
        veryUrgentDistance = thresholds.veryUrgentDistance();
    }

    public String save() {
        settings.changeRegistrationMode(registrationMode, currentUser.get().getUsername());
        if (settings.ssoConfigured()) {
            settings.changeLocalSignIn(localSignIn, currentUser.get().getUsername());
        }
        reminderDefaults.change(new Thresholds(urgentDays, veryUrgentDays, urgentDistance, veryUrgentDistance),
                currentUser.get().getUsername());
        FacesMessages.infoAfterRedirect("admin.settings.saved");
        return "/admin/settings.xhtml?faces-redirect=true";
    }

    public boolean isSsoConfigured() {
        return settings.ssoConfigured();
    }

    public boolean isLocalSignIn() {
        return localSignIn;
    }

    public void setLocalSignIn(boolean localSignIn) {
        this.localSignIn = localSignIn;
    }

    public RegistrationMode[] getRegistrationModes() {
        return RegistrationMode.values();
    }

    public RegistrationMode getRegistrationMode() {
        return registrationMode;
    }

    public void setRegistrationMode(RegistrationMode registrationMode) {
        this.registrationMode = registrationMode;
    }

    public int getUrgentDays() {
        return urgentDays;
    }

    public void setUrgentDays(int urgentDays) {
        this.urgentDays = urgentDays;
    }

    public int getVeryUrgentDays() {
        return veryUrgentDays;
    }

    public void setVeryUrgentDays(int veryUrgentDays) {
        this.veryUrgentDays = veryUrgentDays;
    }

    public BigDecimal getUrgentDistance() {
        return urgentDistance;
    }

    public void setUrgentDistance(BigDecimal urgentDistance) {
        this.urgentDistance = urgentDistance;
    }

    public BigDecimal getVeryUrgentDistance() {
        return veryUrgentDistance;
    }

    public void setVeryUrgentDistance(BigDecimal veryUrgentDistance) {
        this.veryUrgentDistance = veryUrgentDistance;
    }
}
