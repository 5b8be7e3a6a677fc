package com.motovaultpro.platform.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Client spans for what a request calls — PostgreSQL, Redis, the document storage — as children of
 * the request's span (which Liberty's MicroProfile Telemetry makes for every HTTP request). With
 * tracing off (the default) the tracer is OpenTelemetry's no-op one and a span costs next to nothing.
 */
public final class Spans {

    public static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    public static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation");
    public static final AttributeKey<String> DB_TABLE = AttributeKey.stringKey("db.sql.table");
    public static final AttributeKey<String> DB_STATEMENT = AttributeKey.stringKey("db.statement");
    public static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    public static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    public static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    public static final AttributeKey<String> STORAGE = AttributeKey.stringKey("motovault.storage");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    public static final AttributeKey<String> DB_SQLSTATE = AttributeKey.stringKey("db.response.status_code");

    private static final Logger LOG = Logger.getLogger(Spans.class.getName());
    private static final Tracer NOOP = OpenTelemetry.noop().getTracer("motovaultpro");
    private static final long RETRY_NANOS = 10_000_000_000L;
    private static volatile Tracer tracer;
    private static volatile long lastFailure;

    private Spans() {
    }

    /**
     * Starts a client span under the current one; the caller ends it. Outside a traced request
     * (readiness probes, scheduled jobs) there is no span: those would each be a trace of one span.
     */
    public static Span start(String name) {
        if (!Span.current().getSpanContext().isValid()) {
            return Span.getInvalid();
        }
        return tracer().spanBuilder(name).setSpanKind(SpanKind.CLIENT).startSpan();
    }

    /** A call to Redis, as one span. */
    public static <T> T redis(String command, Callable<T> call) {
        Span span = start("redis " + command).setAttribute(DB_SYSTEM, "redis").setAttribute(DB_OPERATION, command);
        return within(span, call);
    }

    /** Runs the call with the span current, marks a failure on it, and ends it. */
    public static <T> T within(Span span, Callable<T> call) {
        try (Scope ignored = span.makeCurrent()) {
            return call.call();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } catch (Exception e) {
            failed(span, e);
            throw new IllegalStateException(e);
        } finally {
            span.end();
        }
    }

    /**
     * Marks the span failed with what kind of failure it was — the exception's type and, for
     * database errors, the SQLSTATE — never its message: messages can carry values (PostgreSQL's
     * "Key (username)=(anna) already exists"), and spans never do.
     */
    public static void failed(Span span, Throwable e) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        span.setAttribute(ERROR_TYPE, e.getClass().getName());
        if (e instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            span.setAttribute(DB_SQLSTATE, sql.getSQLState());
        }
    }

    /** The id of the current trace, if a span is recording (tracing on). */
    public static java.util.Optional<String> currentTraceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? java.util.Optional.of(context.getTraceId()) : java.util.Optional.empty();
    }

    private static Tracer tracer() {
        Tracer known = tracer;
        if (known != null) {
            return known;
        }
        long now = System.nanoTime();
        if (now - lastFailure < RETRY_NANOS && lastFailure != 0) {
            return NOOP;
        }
        try {
            known = CDI.current().select(Tracer.class).get();
            tracer = known;
            return known;
        } catch (RuntimeException | LinkageError e) {
            // Not (yet) in a CDI application, or no MicroProfile Telemetry: spans are off for now.
            lastFailure = now;
            LOG.log(Level.FINE, "No OpenTelemetry tracer from MicroProfile Telemetry yet", e);
            return NOOP;
        }
    }
}
