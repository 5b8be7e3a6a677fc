package com.motovaultpro.document;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moving an installation's documents from the filesystem to S3; administrators only. */
@Path("/admin/documents/migrate-to-s3")
@RequestScoped
@RolesAllowed(AccountIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DocumentMigrationResource {

    @Inject
    DocumentMigration migration;

    @Inject
    CurrentUser currentUser;

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Copy every document from the documents directory to the S3 bucket, verified by checksum "
            + "(idempotent and resumable: run it again until failed is 0)")
    @APIResponse(responseCode = "200", description = "Counts: copied, already there, failed (with reasons)")
    @APIResponse(responseCode = "409", description = "This server does not store documents on S3")
    public DocumentMigration.Report migrate() {
        return migration.filesystemToS3(currentUser.get().getUsername());
    }
}
