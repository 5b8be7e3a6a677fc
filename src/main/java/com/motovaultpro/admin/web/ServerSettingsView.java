package com.motovaultpro.admin.web;

import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.admin.ServerSettings;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** admin/settings.xhtml: server-wide settings (administrators only, enforced in web.xml). */
@Named
@RequestScoped
public class ServerSettingsView {

    @Inject
    ServerSettings settings;

    @Inject
    CurrentUser currentUser;

    private RegistrationMode registrationMode;

    @PostConstruct
    void load() {
        registrationMode = settings.registrationMode();
    }

    public String save() {
        settings.changeRegistrationMode(registrationMode, currentUser.get().getUsername());
        FacesMessages.infoAfterRedirect("admin.settings.saved");
        return "/admin/settings.xhtml?faces-redirect=true";
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
}
