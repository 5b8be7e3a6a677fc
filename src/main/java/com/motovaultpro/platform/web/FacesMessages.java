package com.motovaultpro.platform.web;

import com.motovaultpro.platform.validation.ViolationField;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** Messages for pages, always from the bundle in the viewer's language. */
public final class FacesMessages {

    private static final String BUNDLE = "com.motovaultpro.i18n.Messages";

    private FacesMessages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale() : faces.getExternalContext().getRequestLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A message for the whole page (clientId null) or one field. */
    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An info message for the page (shown on the next render, e.g. after an AJAX update). */
    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An info message that survives the redirect after a successful POST. */
    public static void infoAfterRedirect(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An error message for the page that survives a redirect. */
    public static void errorAfterRedirect(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** Shows each violation next to the field it concerns (form id + property name). */
    public static void violations(String formId, Set<? extends ConstraintViolation<?>> violations) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : violations) {
            String property = ViolationField.of(violation);
            String clientId = property.isEmpty() ? null : formId + ":" + property;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(),
                    violation.getMessage()));
        }
        faces.validationFailed();
    }

    /** Shows each violation as a message for the whole page (the form has no field for it). */
    public static void violations(Set<? extends ConstraintViolation<?>> violations) {
        FacesContext faces = FacesContext.getCurrentInstance();
        violations.forEach(v -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), v.getMessage())));
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
