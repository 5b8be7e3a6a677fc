package com.motovaultpro.apikey;

import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import com.motovaultpro.vehicle.VehicleRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's personal API keys. The secret is in the answer to POST only, and never again. */
@Path("/account/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeyResource {

    @Schema(name = "ApiKey")
    public record KeyView(long id, String name, @Schema(description = "Public part, shown in lists") String prefix,
                          VehicleRole scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                          Instant revokedAt, CredentialStatus status,
                          @Schema(description = "Only in the answer to its creation") String key) {

        static KeyView of(ApiKey key, Instant now, String plaintext) {
            return new KeyView(key.getId(), key.getName(), key.getPrefix(), key.getScope(), key.getCreatedAt(),
                    key.getExpiresAt(), key.getLastUsedAt(), key.getRevokedAt(), key.status(now), plaintext);
        }
    }

    @Schema(name = "NewApiKey")
    public record NewKey(@Schema(required = true, maxLength = 80) String name,
                         @Schema(required = true, enumeration = {"VIEWER", "EDITOR", "MANAGER"}) String scope,
                         @Schema(description = "Optional; the key stops working at this instant") Instant expiresAt) {
    }

    @Inject
    ApiKeyService keys;

    Clock clock = Clock.systemUTC();

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "The caller's API keys (never their secrets)")
    public List<KeyView> list() {
        Instant now = clock.instant();
        return keys.mine().stream().map(k -> KeyView.of(k, now, null)).toList();
    }

    @POST
    @KeyScope(KeyScope.Level.NO_KEY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key (only with a password, never with a key or token); the answer holds the key once")
    @APIResponse(responseCode = "201", description = "Created; `key` is shown this once")
    @APIResponse(responseCode = "400", description = "Missing name, unknown scope or an expiry in the past")
    @APIResponse(responseCode = "403", description = "Authenticated with a key or token: keys do not make keys")
    @APIResponse(responseCode = "409", description = "25 active keys already")
    public Response create(NewKey body, @Context UriInfo uri) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with name and scope is required");
        }
        ApiKeyService.IssuedKey issued = keys.create(body.name(), body.scope(), body.expiresAt());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.key().getId())).build())
                .entity(KeyView.of(issued.key(), clock.instant(), issued.plaintext()))
                .build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.EDITOR) // an EDITOR key revokes itself only (ApiKeyService.revoke)
    @Path("/{id}")
    @Operation(summary = "Revoke an API key at once (also with the key itself)")
    @APIResponse(responseCode = "204", description = "Revoked (again: no change)")
    @APIResponse(responseCode = "404", description = "The caller has no key with this id")
    public Response revoke(@PathParam("id") long id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
