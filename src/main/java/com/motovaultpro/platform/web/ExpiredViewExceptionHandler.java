package com.motovaultpro.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form posted from a page whose view has expired (session timed out, server restarted) is
 * not an error the person caused: they get a fresh copy of the same page with a note to try
 * again, instead of an error page.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (exception instanceof ViewExpiredException expired) {
                events.remove();
                redirectToFreshView(expired.getViewId());
                return;
            }
        }
        getWrapped().handle();
    }

    private static void redirectToFreshView(String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            FacesMessages.infoAfterRedirect("error.expired.retry");
            String target = viewId == null || viewId.startsWith("/WEB-INF/") ? "/" : viewId;
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
