package com.motovaultpro.audit;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first; administrators only. */
@Path("/admin/audit-events")
@RequestScoped
@RolesAllowed(AccountIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

    @Schema(name = "AuditEvent")
    public record Entry(long id, Instant occurredAt, AuditAction action, String outcome, String actor, String subject,
                        String detail, String clientAddress, String correlationId) {

        static Entry of(AuditEvent e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getAction(), e.getOutcome(), e.getActor(), e.getSubject(),
                    e.getDetail(), e.getClientAddress(), e.getCorrelationId());
        }
    }

    @Inject
    AuditLog audit;

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Recent audit events (sign-ins, failed sign-ins, sharing changes, API keys, settings)")
    public List<Entry> recent(@QueryParam("actor") String actor,
                              @Parameter(description = "How many, newest first (at most 1000)",
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "100"))
                              @QueryParam("limit") String limit) {
        // A number above 1000 is taken as 1000, as before; what is no whole number from 1 is a 400.
        int wanted = QueryParameters.whole("limit", limit, 1, Integer.MAX_VALUE).orElse(100);
        return audit.recent(Math.min(wanted, 1000), actor).stream()
                .map(Entry::of).toList();
    }
}
