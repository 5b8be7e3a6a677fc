package com.motovaultpro.platform.web;

import com.motovaultpro.platform.config.AppSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Set;

/**
 * No request body larger than {@value #MAX_BODY_BYTES} bytes reaches the application (JSON, forms;
 * a multipart upload may be as large as the largest file accepted — a document or an imported CSV
 * file — plus 1 MiB for the form around it, a {@code text/csv} body as large as that file; only
 * where a personal export is restored ({@link #RESTORE_PATHS}) a zip as large as
 * {@code motovault.restore.max.bytes}; each use bounds its own file again):
 * a declared larger one is refused at once with 413 (a problem document on the API). An API body
 * that does not declare its length is cut off there and fails as unreadable; a page post must
 * declare it (browsers always do), because the container parses forms on its own: 411 otherwise.
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    /** 1 MiB: far above any form or JSON body of the application. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @Inject
    transient AppSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean api = RequestPath.isApi(request);
        long limit = limitFor(request);
        if (!api && undeclaredBody(request)) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (declared > limit) {
            if (api) {
                Problems.write(response, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is " + declared + " bytes; at most " + limit + " are accepted");
            } else {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
    }

    private long limitFor(HttpServletRequest request) {
        return limitFor(request, settings);
    }

    /** Where a personal export (a zip) is restored: the API route, and the Settings page's form. */
    public static final Set<String> RESTORE_PATHS = Set.of("/api/v1/account/import", "/settings.xhtml");

    /** The largest file any other upload may carry: a document or a CSV file to import. */
    public static long uploadMaxBytes(AppSettings settings) {
        return Math.max(settings.documents().maxBytes(), settings.importMaxBytes());
    }

    /**
     * The largest body accepted for this request: an upload's may be as large as the largest file,
     * plus the form; a CSV body as large as the file; where an export is restored, a zip (as the
     * body, or uploaded in a form) as large as the restore allows.
     */
    public static long limitFor(HttpServletRequest request, AppSettings settings) {
        return limitFor(request, uploadMaxBytes(settings), settings.restoreMaxBytes());
    }

    /** {@link #limitFor(HttpServletRequest, AppSettings)} with the two limits given. */
    public static long limitFor(HttpServletRequest request, long uploadMaxBytes, long restoreMaxBytes) {
        String type = request.getContentType();
        boolean restore = RESTORE_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
        long file = restore ? Math.max(uploadMaxBytes, restoreMaxBytes) : uploadMaxBytes;
        if (MediaTypes.isMultipartFormData(type)) {
            return file + MAX_BODY_BYTES;
        }
        return MediaTypes.isCsv(type) || (restore && MediaTypes.isZip(type)) ? file : MAX_BODY_BYTES;
    }

    /** Whether the request declares a body larger than {@link #limitFor} allows. */
    public static boolean oversized(HttpServletRequest request, AppSettings settings) {
        return request.getContentLengthLong() > limitFor(request, settings);
    }

    /** {@link #oversized(HttpServletRequest, AppSettings)} with the two limits given. */
    public static boolean oversized(HttpServletRequest request, long uploadMaxBytes, long restoreMaxBytes) {
        return request.getContentLengthLong() > limitFor(request, uploadMaxBytes, restoreMaxBytes);
    }

    /** A body whose length is not declared (chunked): a page post must declare it. */
    public static boolean undeclaredBody(HttpServletRequest request) {
        return request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    /** A body of unknown length, read up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new IOException("Request body larger than " + limit + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new IOException("Request body larger than " + limit + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
