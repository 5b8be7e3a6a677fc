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

    private static final Logger LOG = Logger.getLogger(Spans.class.getName());
    private static volatile Tracer tracer;

    private Spans() {
    }

    /** Starts a client span under the current one; the caller ends it. */
    public static Span start(String name) {
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

    public static void failed(Span span, Throwable e) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        span.recordException(e);
    }

    /** The id of the current trace, if a span is recording (tracing on). */
    public static java.util.Optional<String> currentTraceId() {
        var context = Span.current().getSpanContext();
        return context.isValid() ? java.util.Optional.of(context.getTraceId()) : java.util.Optional.empty();
    }

    private static Tracer tracer() {
        Tracer known = tracer;
        if (known == null) {
            try {
                known = CDI.current().select(Tracer.class).get();
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "No OpenTelemetry tracer from MicroProfile Telemetry; spans are off", e);
                known = OpenTelemetry.noop().getTracer("motovaultpro");
            }
            tracer = known;
        }
        return known;
    }
}
