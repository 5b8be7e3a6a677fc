package com.motovaultpro.notification;

import java.util.List;

/**
 * What a person enters to set up or change a channel: kind, name, target (an e-mail address, a
 * webhook or ntfy topic URL, a Gotify server URL), the ntfy or Gotify token, and the events wanted.
 */
public record ChannelSetup(String kind, String name, String target, String token, List<String> events,
                           Boolean enabled) {
}
