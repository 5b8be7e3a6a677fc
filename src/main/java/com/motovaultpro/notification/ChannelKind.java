package com.motovaultpro.notification;

/** Where a channel delivers: an e-mail address, or a request to a webhook, ntfy topic or Gotify server. */
public enum ChannelKind {
    EMAIL,
    WEBHOOK,
    NTFY,
    GOTIFY;

    /** Whether the channel's target is a URL the server sends requests to. */
    public boolean isHttp() {
        return this != EMAIL;
    }
}
