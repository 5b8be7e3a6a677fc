package com.motovaultpro.search;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search over the caller's records, across every vehicle they may see. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records")
public class SearchResource {

    private static final int DEFAULT_HITS = 50;

    @Inject
    RecordSearch search;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "Find records by the words of their description, title, notes, tags, part number and"
            + " supplier, or by an amount they cost; newest first")
    @APIResponse(responseCode = "200", description = "The records found (at most limit, up to 100)")
    @APIResponse(responseCode = "400", description = "No words, more than 200 characters, or a bad limit")
    public List<SearchHit> search(@QueryParam("q") String text, @QueryParam("limit") String limit) {
        int max = QueryParameters.whole("limit", limit, 1, RecordSearch.MAX_HITS).orElse(DEFAULT_HITS);
        SearchQuery query;
        try {
            query = SearchQuery.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("q", e.getMessage());
        }
        return search.search(query, max);
    }
}
