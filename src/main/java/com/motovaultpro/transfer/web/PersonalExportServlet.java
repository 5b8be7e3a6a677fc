package com.motovaultpro.transfer.web;

import com.motovaultpro.document.FileNames;
import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.transfer.PersonalExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * GET /account/export.zip — Settings' "Download everything": the same zip as
 * {@code GET /api/v1/account/export.zip}, for the signed-in browser session.
 */
@WebServlet("/account/export.zip")
public class PersonalExportServlet extends HttpServlet {

    /** As in {@code @WebServlet} (written out there so that the route is visible where it is declared). */
    static final String PATH = "/account/export.zip";

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", FileNames.contentDisposition(export.fileName(), false));
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            export.write(out);
        }
    }
}
