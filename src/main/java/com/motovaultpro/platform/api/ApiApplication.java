package com.motovaultpro.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON REST API, version 1. Every request authenticates itself with one of the schemes below
 * (never a browser session); any one of them is enough.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "MotoVaultPro API", version = "1",
        description = "Vehicles and their logbook. Errors are application/problem+json (RFC 9457). "
                + "At most 100 requests per minute per key, token or account (configurable); above it 429 "
                + "with Retry-After. Five failed password sign-ins per account or address in five minutes "
                + "block further attempts for the rest of the five minutes (429)."),
        security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "apiKeyHeader"),
                @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization",
        description = "A personal API key (created on the settings page, shown once) as 'Authorization: ApiKey mvp_…'. "
                + "Its scope (VIEWER, EDITOR, MANAGER) caps what it may do.")
@SecurityScheme(securitySchemeName = "apiKeyHeader", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-API-Key", description = "The same personal API key in its own header.")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the configured OpenID Connect provider for the configured API audience; "
                + "its groups claim gives the roles (the admin group: administrator).")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "User name and password of a local account (not when single sign-on is the only way in).")
public class ApiApplication extends Application {
}
