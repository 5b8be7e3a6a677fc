package com.motovaultpro.admin;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Server-wide settings; administrators only (others get 403). */
@Path("/admin/settings")
@RequestScoped
@RolesAllowed(AccountIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ServerSettingsResource {

    /** The settings an administrator can read and change. */
    public record Settings(RegistrationMode registrationMode) {
    }

    @Inject
    ServerSettings settings;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Current server settings")
    public Settings get() {
        return new Settings(settings.registrationMode());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change server settings")
    public Response update(Settings changed) {
        if (changed == null || changed.registrationMode() == null) {
            return Problems.response(ProblemType.MALFORMED, "registrationMode (OPEN or CLOSED) is required");
        }
        settings.changeRegistrationMode(changed.registrationMode(), currentUser.get().getUsername());
        return Response.ok(get()).build();
    }
}
