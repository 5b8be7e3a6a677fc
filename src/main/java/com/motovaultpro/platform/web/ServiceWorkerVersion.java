package com.motovaultpro.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The version the pages register the service worker under ({@code sw.js?v=…}): a hash of the
 * worker's own file, so that a release that changes it installs a new worker, whose cache replaces
 * everything the old one kept, and one that does not change it keeps the installed one.
 */
@Named("serviceWorker")
@ApplicationScoped
public class ServiceWorkerVersion {

    @Inject
    ServletContext servletContext;

    private volatile String version;

    public String getVersion() {
        String known = version;
        if (known == null) {
            known = hashOf("/sw.js");
            version = known;
        }
        return known;
    }

    private String hashOf(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            if (in == null) {
                return "0";
            }
            return ContentHash.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
