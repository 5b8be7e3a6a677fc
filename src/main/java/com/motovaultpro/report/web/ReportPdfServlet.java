package com.motovaultpro.report.web;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import com.motovaultpro.account.web.LanguageView;
import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.report.ReportDownload;
import com.motovaultpro.report.ReportFilter;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * GET /vehicles/report.pdf?id=…&amp;from=…&amp;to=…&amp;tag=… — the history report's PDF for a signed-in
 * page user (the API has its own route for clients). Someone else's vehicle is a 404.
 */
@WebServlet("/vehicles/report.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportDownload download;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        Vehicle vehicle;
        ReportFilter filter;
        try {
            String[] tags = request.getParameterValues("tag");
            filter = ReportFilter.parse(request.getParameter("from"), request.getParameter("to"),
                    tags == null ? List.of() : Arrays.asList(tags));
            vehicle = download.vehicle(Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | VehicleNotFoundException e) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        } catch (InvalidParameterException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.parameter() + " " + e.getMessage());
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ReportDownload.fileName(vehicle) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        // Closed explicitly: on an h2c-upgraded request Liberty otherwise leaves the HTTP/2 stream open.
        try (var out = response.getOutputStream()) {
            download.write(vehicle, filter, language(request), out);
        }
    }

    private static String language(HttpServletRequest request) {
        for (var locale : Collections.list(request.getLocales())) {
            if (LanguageView.SUPPORTED.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return LanguageView.SUPPORTED.get(0);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        try (var out = response.getOutputStream()) {
            out.write(message.getBytes(StandardCharsets.UTF_8));
        }
    }
}
