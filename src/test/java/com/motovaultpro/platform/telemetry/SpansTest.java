package com.motovaultpro.platform.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpansTest {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new SpanProcessor() {
        @Override
        public void onStart(Context parent, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }).build();
    private final Tracer tracer = provider.get("test");

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aFailedStatementIsMarkedByKindNeverByItsMessageWhichCanHoldValues() {
        Span span = tracer.spanBuilder("INSERT user_account").startSpan();
        Spans.failed(span, new SQLException("ERROR: duplicate key value violates unique constraint"
                + " Detail: Key (lower(username::text))=(anna) already exists.", "23505"));
        span.end();

        SpanData data = ended.get(0);
        assertEquals(StatusCode.ERROR, data.getStatus().getStatusCode());
        assertEquals("SQLException", data.getStatus().getDescription());
        assertEquals("23505", data.getAttributes().get(Spans.DB_SQLSTATE));
        assertEquals("java.sql.SQLException", data.getAttributes().get(Spans.ERROR_TYPE));
        assertTrue(data.getEvents().isEmpty(), "no exception event (it would carry the message)");
        assertFalse(data.toString().contains("anna"), data.toString());
    }

    @Test
    void aFailedCallOfAnotherKindIsMarkedTooWithoutADatabaseCode() {
        Span span = tracer.spanBuilder("redis GET").startSpan();
        Spans.failed(span, new IllegalStateException("mvp:cache:dashboard:42 timed out"));
        span.end();

        SpanData data = ended.get(0);
        assertEquals("IllegalStateException", data.getStatus().getDescription());
        assertEquals(null, data.getAttributes().get(Spans.DB_SQLSTATE));
        assertFalse(data.toString().contains("dashboard:42"));
    }

    @Test
    void withinTracedWorkTheCallsResultAndFailureComeThroughAndTheSpanEnds() {
        Span span = tracer.spanBuilder("documents put").startSpan();
        assertEquals("ok", Spans.within(span, () -> "ok"));
        Span failing = tracer.spanBuilder("documents open").startSpan();
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Spans.within(failing, () -> {
                    throw new IllegalStateException("gone");
                }));
        assertEquals("gone", thrown.getMessage());
        assertEquals(2, ended.size(), "both spans ended");
        assertEquals(StatusCode.ERROR, ended.get(1).getStatus().getStatusCode());
    }

    @Test
    void outsideATracedRequestNoSpanIsMade() {
        Span span = Spans.start("SELECT vehicle");
        assertFalse(span.getSpanContext().isValid(), "a probe or a scheduled job makes no one-span traces");
        assertTrue(Spans.currentTraceId().isEmpty());
    }
}
