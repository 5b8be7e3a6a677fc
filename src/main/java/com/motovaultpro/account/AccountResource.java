package com.motovaultpro.account;

import com.motovaultpro.platform.ratelimit.RateLimit;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up and "who am I". Registration follows the same rules as the sign-up page. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    @Inject
    RegistrationService registration;

    @Inject
    CurrentUser currentUser;

    @POST
    @KeyScope(KeyScope.Level.ANY)
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "Create a local account (the first one becomes the administrator)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Registration is closed")
    @APIResponse(responseCode = "409", description = "The user name or the e-mail address is in use (which is not told)")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client address; Retry-After says when")
    public Response register(Registration request, @Context HttpServletRequest http) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with username and password is required");
        }
        try {
            UserAccount account = registration.register(request, http.getRemoteAddr());
            return Response.status(Response.Status.CREATED).entity(AccountResponse.of(account)).build();
        } catch (RegistrationException e) {
            return switch (e.reason()) {
                case CLOSED -> Problems.response(ProblemType.FORBIDDEN, "Registration is closed on this server");
                case NAME_OR_EMAIL_TAKEN -> Problems.response(ProblemType.CONFLICT,
                        "This user name or e-mail address is already in use; choose another");
                case TOO_MANY_ATTEMPTS -> Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS,
                                "Too many sign-ups from this address; try again later"))
                        .header("Retry-After", RateLimit.seconds(e.retryAfter())).build();
            };
        }
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("account")
    @Operation(summary = "The signed-in account")
    public AccountResponse me() {
        return AccountResponse.of(currentUser.get());
    }
}
