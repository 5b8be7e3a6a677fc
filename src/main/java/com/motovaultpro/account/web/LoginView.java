package com.motovaultpro.account.web;

import com.motovaultpro.account.RegistrationService;
import com.motovaultpro.platform.security.AppAuthenticationMechanism;
import com.motovaultpro.platform.security.LocalSignInPolicy;
import com.motovaultpro.sso.SsoException;
import com.motovaultpro.sso.SsoService;
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

    @Inject
    SsoService sso;

    @Inject
    LocalSignInPolicy localSignIn;

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

    /** Whether the user name and password form is offered (not with single sign-on as the only way in). */
    public boolean isLocalSignIn() {
        return localSignIn.localSignInAllowed();
    }

    public boolean isSsoEnabled() {
        return sso.configured();
    }

    public String getSsoProviderName() {
        return sso.providerName();
    }

    /** Why the last single sign-on did not complete (from the redirect back here), or null. */
    public String getSsoProblem() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        for (SsoException.Reason known : SsoException.Reason.values()) {
            if (known.name().equals(reason)) {
                return known.name();
            }
        }
        return null;
    }

    /** The provider failed to answer very recently: said on the page before anyone clicks. */
    public boolean isSsoUnavailable() {
        return sso.configured() && sso.recentlyUnavailable();
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
