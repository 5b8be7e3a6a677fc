package com.motovaultpro.account.web;

import com.motovaultpro.account.RegistrationService;
import com.motovaultpro.platform.security.AppAuthenticationMechanism;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. A failure says only "invalid credentials", whatever was wrong. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    RegistrationService registration;

    @Inject
    LanguageView language;

    private String username;
    private String password;

    /** Signs in and goes to the garage, or stays with "invalid credentials"; never a navigation outcome. */
    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            language.reset();
            external.redirect(external.getRequestContextPath() + "/");
            faces.responseComplete();
        } else if (external.getRequestMap().get(AppAuthenticationMechanism.SIGN_IN_BLOCKED_SECONDS) instanceof Long wait) {
            // Too many failures for this account or from this address: say so, with the wait.
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(wait));
            FacesMessages.error(null, "login.throttled", (wait + 59) / 60);
        } else {
            FacesMessages.error(null, "login.invalidCredentials");
        }
    }

    public boolean isRegistrationOpen() {
        return registration.isOpen();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
