package com.motovaultpro.document.web;

import com.motovaultpro.document.DocumentArchive;
import com.motovaultpro.document.FileNames;
import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** GET /vehicles/documents.zip?id=… — all documents of a vehicle as one zip, streamed. */
@WebServlet("/vehicles/documents.zip")
public class DocumentArchiveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentArchive archives;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        DocumentArchive.Archive archive;
        try {
            archive = archives.of(Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | VehicleNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (VehicleAccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", FileNames.contentDisposition(archive.fileName(), false));
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            archive.writeTo(out);
        }
    }
}
