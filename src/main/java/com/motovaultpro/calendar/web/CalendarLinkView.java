package com.motovaultpro.calendar.web;

import com.motovaultpro.calendar.CalendarFeed;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The calendar part of settings.xhtml: create/rotate the secret link (shown once) or switch it off. */
@Named
@RequestScoped
public class CalendarLinkView {

    @Inject
    CalendarFeed feed;

    @Inject
    PublicUrl publicUrl;

    private String newLink;

    public void create() {
        newLink = publicUrl.link(CalendarFeed.path(feed.rotate())).toString();
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
