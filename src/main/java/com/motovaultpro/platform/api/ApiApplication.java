package com.motovaultpro.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "MotoVaultPro API", version = "1",
        description = "Vehicles and their logbook. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
