package com.motovaultpro.transfer.web;

import com.motovaultpro.document.FileNames;
import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.transfer.CsvExports;
import com.motovaultpro.transfer.ImportableType;
import com.motovaultpro.vehicle.VehicleAccessDeniedException;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * GET /vehicles/export.csv?id=…&amp;type=… — the "Export CSV" button of a record tab: the same file
 * as {@code GET /api/v1/vehicles/{id}/exports/{type}.csv}, for the signed-in browser session.
 */
@WebServlet("/vehicles/export.csv")
public class CsvExportServlet extends HttpServlet {

    /** As in {@code @WebServlet} (written out there so that the route is visible where it is declared). */
    static final String PATH = "/vehicles/export.csv";

    private static final long serialVersionUID = 1L;

    @Inject
    transient CsvExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        Optional<ImportableType> type = ImportableType.ofSegment(String.valueOf(request.getParameter("type")));
        long vehicleId;
        try {
            vehicleId = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            if (type.isEmpty()) {
                throw new VehicleNotFoundException(vehicleId);
            }
            exports.checkReadable(vehicleId);
        } catch (NumberFormatException | VehicleNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (VehicleAccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                FileNames.contentDisposition("vehicle-" + vehicleId + "-" + type.get().segment() + ".csv", false));
        response.setHeader("Cache-Control", "private, no-store");
        try (OutputStream out = response.getOutputStream()) {
            exports.write(vehicleId, type.get(), Optional.empty(), out);
        }
    }
}
