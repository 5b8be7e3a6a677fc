package com.motovaultpro.search.web;

import com.motovaultpro.search.RecordSearch;
import com.motovaultpro.search.SearchHit;
import com.motovaultpro.search.SearchQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** search.xhtml: the results of the header's search box (a plain GET, so a search can be bookmarked). */
@Named
@RequestScoped
public class SearchView {

    /** What the page lists; the API returns up to {@link RecordSearch#MAX_HITS}. */
    static final int PAGE_HITS = 50;

    @Inject
    RecordSearch search;

    private String text;
    private List<SearchHit> hits;
    private boolean refused;

    /** f:viewAction: runs the search once the q parameter is in. */
    public void load() {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            hits = search.search(SearchQuery.of(text), PAGE_HITS);
        } catch (IllegalArgumentException e) {
            refused = true;
        }
    }

    /** Where a hit lives: its vehicle's tab of its type, or the shop supplies. */
    public String link(SearchHit hit) {
        return hit.vehicleId() == null ? "/supplies.xhtml"
                : "/vehicles/view.xhtml?id=" + hit.vehicleId() + "&tab=" + hit.recordType().toLowerCase(Locale.ROOT);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Null until something was searched for. */
    public List<SearchHit> getHits() {
        return hits;
    }

    public boolean isRefused() {
        return refused;
    }

    public int getPageHits() {
        return PAGE_HITS;
    }
}
