package com.motovaultpro.logbook.web;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Server-side paging and sorting for any record table: each page is one count and one page
 * query, whatever the number of records. Filters come from the page's own filter inputs.
 */
public class RecordTableModel<T extends LogbookRecord> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<RecordQuery, RecordPage<T>> pages;
    private final transient Supplier<RecordQuery> filters;
    private transient RecordPage<T> current;

    public RecordTableModel(Function<RecordQuery, RecordPage<T>> pages, Supplier<RecordQuery> filters) {
        this.pages = pages;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return current == null ? 0 : (int) current.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        RecordQuery query = filters.get().at(first / pageSize, pageSize);
        for (SortMeta sort : sortBy.values()) {
            RecordQuery.Sort by = switch (sort.getField()) {
                case "odometer" -> RecordQuery.Sort.ODOMETER;
                case "cost" -> RecordQuery.Sort.COST;
                default -> RecordQuery.Sort.DATE;
            };
            query = query.sortedBy(by, sort.getOrder() == SortOrder.ASCENDING);
        }
        current = pages.apply(query);
        setRowCount((int) current.total());
        return current.items();
    }

    @Override
    public String getRowKey(T record) {
        return String.valueOf(record.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        if (current == null) {
            return null;
        }
        return current.items().stream().filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
