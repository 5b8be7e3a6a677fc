package com.motovaultpro.platform.validation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Services validate whole objects (incl. cross-field rules) before anything is written; pages and
 * the API turn the resulting violations into per-field messages, in the viewer's language.
 */
@ApplicationScoped
public class BeanValidation {

    @Inject
    ValidatorFactory factory;

    private Validator validator;

    @PostConstruct
    void init() {
        MessageInterpolator standard = factory.getMessageInterpolator();
        validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, viewerLocale());
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return standard.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    public <T> T check(T candidate) {
        Set<ConstraintViolation<T>> violations = violations(candidate);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return candidate;
    }

    /** What {@link #check} would refuse, without throwing: for callers that collect problems of many objects. */
    public <T> Set<ConstraintViolation<T>> violations(T candidate) {
        return validator.validate(candidate);
    }

    /** Pages speak the viewer's language; the API answers in English. */
    private static Locale viewerLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
