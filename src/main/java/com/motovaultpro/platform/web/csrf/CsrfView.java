package com.motovaultpro.platform.web.csrf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** The token for plain HTML forms in pages (e.g. sign-out), as {@code #{csrf.token}}. */
@Named("csrf")
@RequestScoped
public class CsrfView {

    public String getToken() {
        return CsrfToken.masked((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }

    public String getField() {
        return CsrfToken.FIELD;
    }
}
