package com.motovaultpro.transfer.web;

import com.motovaultpro.transfer.ImportableType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** For the record tabs: whether a tab's records move in and out as CSV (notes do not); where the downloads are. */
@Named
@ApplicationScoped
public class CsvTypes {

    /** Where a record tab's "Export CSV" goes ({@link CsvExportServlet}). */
    public String getExportPath() {
        return CsvExportServlet.PATH;
    }

    /** Where Settings' "Download everything" goes ({@link PersonalExportServlet}). */
    public String getPersonalExportPath() {
        return PersonalExportServlet.PATH;
    }

    public boolean importable(String segment) {
        return ImportableType.ofSegment(segment).isPresent();
    }
}
