package com.motovaultpro.calendar.web;

import com.motovaultpro.calendar.CalendarFeed;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The calendar part of settings.xhtml: create/rotate the secret link (shown once) or switch it off. */
@Named
@RequestScoped
public class CalendarLinkView {

    @Inject
    CalendarFeed feed;

    private String newLink;

    public void create() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        newLink = PublicUrl.base((HttpServletRequest) external.getRequest()) + CalendarFeed.path(feed.rotate());
        FacesMessages.info("calendar.created");
    }

    public void disable() {
        feed.disable();
        newLink = null;
        FacesMessages.info("calendar.switchedOff");
    }

    public boolean isEnabled() {
        return newLink != null || feed.isEnabled();
    }

    public String getNewLink() {
        return newLink;
    }
}
