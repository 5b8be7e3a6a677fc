package com.motovaultpro.platform.cache;

import java.util.List;

/**
 * Data other than a vehicle's that cached values depend on (an API key, an account): a change to
 * it makes the values cached under its scopes stale (see {@link ChangeListener}).
 */
public interface CacheScoped {

    List<String> cacheScopes();
}
