package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Gotify: a JSON message (title, message, priority 0–10, the link as a click action) POSTed to
 * the server's {@code /message} with the application token in {@code X-Gotify-Key}. No redirect is
 * followed: the HTTP client would carry that header to wherever one pointed.
 */
@ApplicationScoped
class GotifySender implements ChannelSender {

    @Inject
    HttpDelivery http;

    @Override
    public ChannelKind kind() {
        return ChannelKind.GOTIFY;
    }

    @Override
    public void send(Outgoing out) throws DeliveryException {
        JsonObjectBuilder message = Json.createObjectBuilder()
                .add("title", out.notice().title())
                .add("message", out.notice().text())
                .add("priority", out.notice().priority().gotify());
        out.notice().link().ifPresent(link -> message.add("extras", Json.createObjectBuilder()
                .add("client::notification", Json.createObjectBuilder()
                        .add("click", Json.createObjectBuilder().add("url", link.toString())))));
        http.post(messageUrl(out.channel().getTarget()), Map.of("X-Gotify-Key", out.channel().secret()),
                message.build().toString().getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8", false);
    }

    /** The server URL as saved (perhaps with a path, e.g. behind a proxy) plus {@code /message}. */
    static URI messageUrl(String server) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        return URI.create(base + "/message");
    }
}
