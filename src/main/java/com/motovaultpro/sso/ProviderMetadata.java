package com.motovaultpro.sso;

import java.net.URI;
import java.util.Optional;

/** Where the provider's endpoints are: configured explicitly or read from its discovery document. */
public record ProviderMetadata(URI authorization, URI token, URI jwks, Optional<URI> endSession) {
}
