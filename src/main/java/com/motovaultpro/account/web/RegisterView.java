package com.motovaultpro.account.web;

import com.motovaultpro.account.Registration;
import com.motovaultpro.account.RegistrationException;
import com.motovaultpro.account.RegistrationService;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

/** The sign-up form. */
@Named
@RequestScoped
public class RegisterView {

    static final String FORM = "registerForm";

    @Inject
    RegistrationService registration;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private String passwordRepeated;

    public String register() {
        if (password != null && !password.equals(passwordRepeated)) {
            FacesMessages.error(FORM + ":passwordRepeated", "register.passwordMismatch");
            return null;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            registration.register(new Registration(username, displayName, email, password), request.getRemoteAddr());
        } catch (ConstraintViolationException e) {
            FacesMessages.violations(FORM, e.getConstraintViolations());
            return null;
        } catch (RegistrationException e) {
            switch (e.reason()) {
                case CLOSED -> FacesMessages.error(null, "register.closed");
                case NAME_OR_EMAIL_TAKEN -> FacesMessages.error(FORM + ":username", "register.nameOrEmailTaken");
                case TOO_MANY_ATTEMPTS -> FacesMessages.error(null, "register.tooManyAttempts");
            }
            return null;
        }
        FacesMessages.infoAfterRedirect("register.success");
        return "/login.xhtml?faces-redirect=true";
    }

    public boolean isOpen() {
        return registration.isOpen();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }
}
