package com.motovaultpro.platform.security;

import java.util.Optional;

/** Checks a presented personal API key; implemented by the API key feature. */
public interface ApiKeyAuthenticator {

    /** The caller the key stands for, or empty if it is unknown, wrong, revoked or expired. */
    Optional<ApiCaller> authenticate(String presentedKey);
}
