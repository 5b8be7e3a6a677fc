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
import java.net.URI;
import java.util.Iterator;

/**
 * Exceptions a person did not cause by a mistake of ours get a page, not an error screen:
 * <ul>
 * <li>a form posted from a page whose view has expired (session timed out, server restarted):
 * a fresh copy of the same page with a note to try again;</li>
 * <li>a {@link RefusedAction} (e.g. a viewer of a shared vehicle posting an edit the page did not
 * offer them): back to the page they came from, with the reason; nothing was changed.</li>
 * </ul>
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (exception instanceof ViewExpiredException expired) {
                events.remove();
                FacesMessages.infoAfterRedirect("error.expired.retry");
                String viewId = expired.getViewId();
                redirect(viewId == null || viewId.startsWith("/WEB-INF/") ? "/" : viewId);
                return;
            }
            RefusedAction refused = refusal(exception);
            if (refused != null) {
                events.remove();
                FacesMessages.errorAfterRedirect(refused.messageKey());
                redirect(samePage());
                return;
            }
        }
        getWrapped().handle();
    }

    private static RefusedAction refusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RefusedAction refused) {
                return refused;
            }
        }
        return null;
    }

    /** The page the request came from (path and query of the Referer on this application), else home. */
    private static String samePage() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String referer = external.getRequestHeaderMap().get("Referer");
        String contextPath = external.getRequestContextPath();
        try {
            URI uri = referer == null ? null : URI.create(referer);
            if (uri != null && uri.getRawPath() != null && uri.getRawPath().startsWith(contextPath + "/")) {
                String path = uri.getRawPath().substring(contextPath.length());
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException e) {
            // a malformed Referer: fall through to the home page
        }
        return "/";
    }

    private static void redirect(String target) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
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
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
