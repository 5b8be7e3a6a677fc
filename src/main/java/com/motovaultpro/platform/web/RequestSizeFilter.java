package com.motovaultpro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No request body larger than {@value #MAX_BODY_BYTES} bytes reaches the application (JSON, forms;
 * a multipart upload may be as large as a document may be, plus 1 MiB for the form around it):
 * a declared larger one is refused at once with 413 (a problem document on the API). An API body
 * that does not declare its length is cut off there and fails as unreadable; a page post must
 * declare it (browsers always do), because the container parses forms on its own: 411 otherwise.
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*", asyncSupported = true)
public class RequestSizeFilter extends HttpFilter {

    /** 1 MiB: far above any form or JSON body of the application. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    transient com.motovaultpro.platform.config.AppSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean api = RequestPath.isApi(request);
        long limit = limitFor(request);
        if (declared < 0 && !api && hasBody(request)) {
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
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        return upload ? settings.documents().maxBytes() + MAX_BODY_BYTES : MAX_BODY_BYTES;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
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
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
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
