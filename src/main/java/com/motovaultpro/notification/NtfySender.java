package com.motovaultpro.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * ntfy: the text POSTed to the topic URL, with Title, Priority (1–5), Tags and Click headers and
 * the optional access token as a bearer token. A title that is not ASCII is sent as an RFC 2047
 * encoded word, which ntfy decodes.
 */
@ApplicationScoped
class NtfySender implements ChannelSender {

    @Inject
    HttpDelivery http;

    @Override
    public ChannelKind kind() {
        return ChannelKind.NTFY;
    }

    @Override
    public void send(Outgoing out) throws DeliveryException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Title", headerText(out.notice().title()));
        headers.put("Priority", Integer.toString(out.notice().priority().ntfy()));
        if (!out.notice().tags().isEmpty()) {
            headers.put("Tags", String.join(",", out.notice().tags()));
        }
        out.notice().link().ifPresent(link -> headers.put("Click", link.toString()));
        String token = out.channel().secret();
        if (token != null && !token.isEmpty()) {
            headers.put("Authorization", "Bearer " + token);
        }
        http.post(URI.create(out.channel().getTarget()), headers, out.notice().text().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8", true);
    }

    /** ASCII as it is; anything else as {@code =?UTF-8?B?…?=} (header values are Latin-1 on the wire). */
    static String headerText(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii ? text
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
