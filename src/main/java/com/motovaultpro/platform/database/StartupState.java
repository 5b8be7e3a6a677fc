package com.motovaultpro.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the startup sequence has achieved; the startup health check reports it. */
@ApplicationScoped
public class StartupState {

    private volatile boolean complete;
    private volatile String schemaVersion;

    public void completed(String schemaVersion) {
        this.schemaVersion = schemaVersion;
        this.complete = true;
    }

    public boolean isComplete() {
        return complete;
    }

    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
