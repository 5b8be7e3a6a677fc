package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A JSON POST, version 1 of the payload documented in docs/notifications.md, signed with the
 * channel's secret ({@link WebhookSignature}) and carrying the notification's idempotency key.
 */
@ApplicationScoped
class WebhookSender implements ChannelSender {

    static final int PAYLOAD_VERSION = 1;

    @Inject
    HttpDelivery http;

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public void send(Outgoing out) throws DeliveryException {
        byte[] body = payload(out).getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.of(out.channel().secret().getBytes(StandardCharsets.UTF_8),
                out.now().getEpochSecond(), body);
        http.post(URI.create(out.channel().getTarget()), Map.of(
                WebhookSignature.HEADER, signature,
                "Idempotency-Key", out.entry().getIdempotencyKey().toString(),
                "MotoVaultPro-Event", out.entry().getEvent().wireName()), body, "application/json; charset=utf-8", true);
    }

    static String payload(Outgoing out) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", PAYLOAD_VERSION)
                .add("id", out.entry().getIdempotencyKey().toString())
                .add("event", out.entry().getEvent().wireName())
                .add("createdAt", out.entry().getCreatedAt().toString())
                .add("title", out.notice().title())
                .add("text", out.notice().text());
        out.notice().link().ifPresent(link -> json.add("link", link.toString()));
        return json.add("data", out.facts()).build().toString();
    }
}
