package com.motovaultpro.notification.web;

import com.motovaultpro.notification.ChannelException;
import com.motovaultpro.notification.ChannelKind;
import com.motovaultpro.notification.ChannelProblem;
import com.motovaultpro.notification.ChannelService;
import com.motovaultpro.notification.ChannelSetup;
import com.motovaultpro.notification.ChannelSetupException;
import com.motovaultpro.notification.NotificationChannel;
import com.motovaultpro.notification.NotificationEvent;
import com.motovaultpro.notification.OutboxEntry;
import com.motovaultpro.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notifications part of settings.xhtml: the person's channels (send a test, switch on or off,
 * remove), a form to set one up (a webhook's signing secret is shown in this one response only),
 * and the latest notifications with their outcome.
 */
@Named
@RequestScoped
public class NotificationsView {

    static final String FORM = "notificationsForm";
    static final int HISTORY = 20;

    @Inject
    ChannelService channels;

    private List<NotificationChannel> mine;
    private List<OutboxEntry> history;
    private Map<Long, String> names;
    private ChannelKind kind = ChannelKind.NTFY;
    private String name;
    private String target;
    private String token;
    private List<String> events = new ArrayList<>(NotificationEvent.subscribable().stream().map(Enum::name).toList());
    private String newSecret;

    public List<NotificationChannel> getMine() {
        if (mine == null) {
            mine = channels.mine();
        }
        return mine;
    }

    public List<OutboxEntry> getHistory() {
        if (history == null) {
            history = channels.history(HISTORY);
        }
        return history;
    }

    /** The channel's name for a history row (it may have been removed meanwhile: then empty). */
    public String channelName(OutboxEntry entry) {
        if (names == null) {
            names = new HashMap<>();
            getMine().forEach(c -> names.put(c.getId(), c.getName()));
        }
        return names.getOrDefault(entry.getChannelId(), "");
    }

    public void create() {
        try {
            ChannelService.Created created = channels.create(new ChannelSetup(kind.name(), name, target, token,
                    events == null ? List.of() : events, null));
            newSecret = created.secret().orElse(null);
            FacesMessages.info(kind == ChannelKind.EMAIL ? "notify.channel.createdConfirm" : "notify.channel.created",
                    created.channel().getName());
            name = null;
            target = null;
            token = null;
        } catch (ChannelSetupException e) {
            for (ChannelProblem problem : e.problems()) {
                FacesMessages.error(FORM + ":" + fieldId(problem.field()), "notify.problem." + problem.code(),
                        problem.detail() == null ? "" : problem.detail());
            }
        } catch (ChannelException e) {
            FacesMessages.error(null, "notify.channel.tooMany");
        }
        mine = null;
    }

    public void test(NotificationChannel channel) {
        try {
            channels.sendTest(channel.getId());
            FacesMessages.info("notify.channel.testQueued", channel.getName());
        } catch (ChannelException e) {
            FacesMessages.error(null, e.reason() == ChannelException.Reason.NOT_DELIVERABLE
                    ? "notify.channel.notDeliverable" : "record.changedMeanwhile");
        }
        history = null;
    }

    public void toggle(NotificationChannel channel) {
        try {
            channels.change(channel.getId(), new ChannelSetup(null, null, null, null, null, !channel.isEnabled()));
            FacesMessages.info(channel.isEnabled() ? "notify.channel.switchedOff" : "notify.channel.switchedOn",
                    channel.getName());
        } catch (ChannelException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        mine = null;
    }

    public void remove(NotificationChannel channel) {
        try {
            channels.delete(channel.getId());
            FacesMessages.info("notify.channel.removed", channel.getName());
        } catch (ChannelException e) {
            FacesMessages.error(null, "record.changedMeanwhile");
        }
        mine = null;
        history = null;
    }

    /** ACTIVE, AWAITING_CONFIRMATION, FAILING or OFF. */
    public String status(NotificationChannel channel) {
        return channel.status().name();
    }

    public List<ChannelKind> getKinds() {
        return Arrays.stream(ChannelKind.values())
                .filter(k -> k != ChannelKind.EMAIL || channels.emailAvailable()).toList();
    }

    public List<NotificationEvent> getSubscribable() {
        return NotificationEvent.subscribable();
    }

    public boolean isTokenShown() {
        return kind == ChannelKind.NTFY || kind == ChannelKind.GOTIFY;
    }

    private static String fieldId(String field) {
        return switch (field) {
            case "kind" -> "channelKind";
            case "name" -> "channelName";
            case "target" -> "channelTarget";
            case "token" -> "channelToken";
            default -> "channelEvents";
        };
    }

    public ChannelKind getKind() {
        return kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
