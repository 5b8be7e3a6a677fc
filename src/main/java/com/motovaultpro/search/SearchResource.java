package com.motovaultpro.search;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search over the caller's records, across every vehicle they may see. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records")
public class SearchResource {

    @Inject
    RecordSearch search;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "Find records by the words of their description, title, notes, tags, part number and"
            + " supplier, or by an amount they cost; newest first")
    @APIResponse(responseCode = "200", description = "The records found (at most limit, up to 100)")
    @APIResponse(responseCode = "400", description = "No words, more than 200 characters, or a bad limit")
    public Response search(@QueryParam("q") String text, @QueryParam("limit") @DefaultValue("50") String limit) {
        int max;
        try {
            max = Integer.parseInt(limit.length() > 3 ? "x" : limit);
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > RecordSearch.MAX_HITS) {
            return Problems.response(ProblemType.VALIDATION, "limit is a whole number from 1 to " + RecordSearch.MAX_HITS);
        }
        SearchQuery query;
        try {
            query = SearchQuery.of(text);
        } catch (IllegalArgumentException e) {
            return Problems.response(ProblemType.VALIDATION, e.getMessage());
        }
        return Response.ok(search.search(query, max)).build();
    }
}
