package com.motovaultpro.document.web;

import com.motovaultpro.document.Document;
import com.motovaultpro.document.DocumentException;
import com.motovaultpro.document.DocumentService;
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
import java.io.InputStream;
import java.io.OutputStream;

/**
 * GET /vehicles/document?vehicle=…&amp;id=…[&amp;download=true] — a document for a signed-in page user
 * (the API has its own route for clients): inline for images and PDFs, streamed, with the caller's
 * role checked. Anything not theirs is a 404.
 */
@WebServlet("/vehicles/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.nothingRuns(response);
        DocumentService.Content content;
        try {
            content = documents.content(Long.parseLong(String.valueOf(request.getParameter("vehicle")).strip()),
                    Long.parseLong(String.valueOf(request.getParameter("id")).strip()));
        } catch (NumberFormatException | VehicleNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (VehicleAccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DocumentException e) {
            response.sendError(e.refusal().type().status().getStatusCode());
            return;
        }
        Document document = content.document();
        response.setContentType(document.getContentType());
        response.setContentLengthLong(document.getSizeBytes());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(document.getOriginalName(),
                document.isPreviewable() && !"true".equals(request.getParameter("download"))));
        response.setHeader("Content-Security-Policy", Document.CONTENT_POLICY);
        response.setHeader("Cache-Control", "private, max-age=300");
        // Closed explicitly: on an h2c-upgraded request Liberty otherwise leaves the HTTP/2 stream open.
        try (InputStream in = content.bytes(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
