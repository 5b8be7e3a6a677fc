package com.motovaultpro.platform.web;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * The address people reach this application at, for the links and redirect URIs it hands out
 * (calendar feed, the provider's redirect and sign-out URIs, later e-mails): the configured
 * {@code motovault.public.url}, never anything a request says. A request's {@code Host},
 * {@code X-Forwarded-Port} or {@code X-Forwarded-Proto} is whatever its sender wrote; a link built
 * from them would carry an attacker's host into a calendar app or an e-mail.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    AppSettings settings;

    /** e.g. {@code https://cars.example.org} or {@code http://localhost:9080} (no trailing slash). */
    public String base() {
        return settings.publicUrl().toString();
    }

    /** The absolute link to {@code path} (which starts with a slash). */
    public URI link(String path) {
        return URI.create(base() + path);
    }
}
