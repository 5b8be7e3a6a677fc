package com.motovaultpro.platform.logging;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import com.motovaultpro.platform.telemetry.Spans;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together every log line of one request. It is a Liberty log-record
 * extension, so it appears as {@code ext_correlationId} on every JSON log line written on the
 * request's thread — ours and Liberty's own — together with {@code ext_traceId} (the request's
 * OpenTelemetry trace, when tracing is on) and {@code ext_user} (the signed-in user name, once
 * authentication has run).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-ID";
    static final String LOG_FIELD = "correlationId";
    static final String TRACE_FIELD = "traceId";
    static final String USER_FIELD = "user";
    private static final String REQUEST_ATTRIBUTE = CorrelationId.class.getName();
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final LogRecordContext.Extension TRACE = () -> Spans.currentTraceId().orElse(null);

    private CorrelationId() {
    }

    /** The caller's id when it is safe to log and echo; otherwise a new random one. */
    public static String acceptOrGenerate(String fromRequest) {
        if (fromRequest != null && ACCEPTED.matcher(fromRequest).matches()) {
            return fromRequest;
        }
        return UUID.randomUUID().toString();
    }

    /**
     * The id of this request, decided once (authentication runs before servlet filters, and both
     * need it) and echoed on the response.
     */
    public static String establish(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(REQUEST_ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = acceptOrGenerate(request.getHeader(HEADER));
        request.setAttribute(REQUEST_ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        return id;
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void bind(String id) {
        CURRENT.set(id);
        LogRecordContext.addExtension(LOG_FIELD, id);
    }

    /** The signed-in user's name on the log lines that follow (names are plain: see the username rules). */
    public static void bindUser(String username) {
        if (username != null) {
            LogRecordContext.addExtension(USER_FIELD, LogSafe.text(username));
        }
    }

    public static void unbind() {
        CURRENT.remove();
        LogRecordContext.removeExtension(LOG_FIELD);
        LogRecordContext.removeExtension(USER_FIELD);
    }

    /**
     * Puts the current trace id on every log line written inside a traced request, looked up when
     * the line is written (the request's span only begins after the application's filters have
     * run). Liberty keeps registered fields weakly: {@link #TRACE} holds this one.
     */
    public static void logTraceIds() {
        try {
            LogRecordContext.registerExtension(TRACE_FIELD, TRACE);
        } catch (IllegalArgumentException alreadyThere) {
            // Registered before (a restart of the application in the same server): the field is there.
            LogRecordContext.unregisterExtension(TRACE_FIELD);
            LogRecordContext.registerExtension(TRACE_FIELD, TRACE);
        }
    }

    public static void stopLoggingTraceIds() {
        LogRecordContext.unregisterExtension(TRACE_FIELD);
    }
}
