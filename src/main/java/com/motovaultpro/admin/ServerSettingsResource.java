package com.motovaultpro.admin;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.config.RegistrationMode;
import com.motovaultpro.platform.security.KeyScope;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Server-wide settings; administrators only (others get 403). */
@Path("/admin/settings")
@RequestScoped
@RolesAllowed(AccountIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ServerSettingsResource {

    /** The settings an administrator can read and change. */
    public record Settings(RegistrationMode registrationMode,
                           @Schema(description = "false: single sign-on is the only way in (needs a configured provider); "
                                   + "omitted: unchanged") Boolean localSignIn) {
    }

    @Inject
    ServerSettings settings;

    @Inject
    CurrentUser currentUser;

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Current server settings")
    public Settings get() {
        return new Settings(settings.registrationMode(), settings.localSignInAllowed());
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change server settings")
    public Response update(Settings changed) {
        if (changed == null || changed.registrationMode() == null) {
            return Problems.response(ProblemType.MALFORMED, "registrationMode (OPEN or CLOSED) is required");
        }
        if (Boolean.FALSE.equals(changed.localSignIn()) && !settings.ssoConfigured()) {
            return Problems.response(Problems.of(ProblemType.VALIDATION,
                    "Local sign-in can only be switched off when single sign-on is configured",
                    java.util.List.of(new com.motovaultpro.platform.web.ProblemDetail.FieldError("localSignIn",
                            "needs a configured single sign-on provider"))));
        }
        settings.changeRegistrationMode(changed.registrationMode(), currentUser.get().getUsername());
        if (changed.localSignIn() != null && settings.ssoConfigured()) {
            settings.changeLocalSignIn(changed.localSignIn(), currentUser.get().getUsername());
        }
        return Response.ok(get()).build();
    }
}
