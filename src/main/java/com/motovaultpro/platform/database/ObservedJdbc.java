package com.motovaultpro.platform.database;

import com.motovaultpro.platform.telemetry.Spans;
import io.opentelemetry.api.trace.Span;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JDBC as the application uses it, observed: each statement execution becomes a client span
 * ("SELECT vehicle", with the parameterised SQL — never values) and is counted and timed by
 * operation, table and outcome ({@link DatabaseOperations}); connections held are counted.
 * Everything else passes straight through to the data source's own objects.
 */
final class ObservedJdbc {

    private static final int STATEMENT_LIMIT = 2000;
    private static final StatementKind OTHER = new StatementKind("other", "none");

    private ObservedJdbc() {
    }

    static Connection connection(Connection connection, DatabaseOperations operations) {
        operations.connectionOpened();
        return (Connection) Proxy.newProxyInstance(ObservedJdbc.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(connection, operations));
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;
        private final DatabaseOperations operations;
        private final AtomicBoolean closed = new AtomicBoolean();

        ConnectionHandler(Connection connection, DatabaseOperations operations) {
            this.connection = connection;
            this.operations = operations;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "close", "abort" -> {
                    if (closed.compareAndSet(false, true)) {
                        operations.connectionClosed();
                    }
                }
                default -> {
                }
            }
            Object result = call(connection, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(ObservedJdbc.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(statement, sql, operations));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Statement statement;
        private final String preparedSql;
        /** What a prepared statement does, worked out once however often it runs. */
        private final StatementKind preparedKind;
        private final DatabaseOperations operations;
        private String lastSql;

        StatementHandler(Statement statement, String preparedSql, DatabaseOperations operations) {
            this.statement = statement;
            this.preparedSql = preparedSql;
            this.preparedKind = preparedSql == null ? null : StatementKind.of(preparedSql);
            this.operations = operations;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String sql) {
                lastSql = sql;
            }
            if (!name.startsWith("execute")) {
                return call(statement, method, args);
            }
            String given = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            String sql = given != null ? given : preparedSql != null ? preparedSql : lastSql;
            StatementKind kind = given == null && preparedKind != null ? preparedKind
                    : sql == null ? OTHER : StatementKind.of(sql);
            Span span = Spans.start(kind.operation().toUpperCase(Locale.ROOT) + " " + kind.table());
            if (span.isRecording()) {
                span.setAttribute(Spans.DB_SYSTEM, "postgresql")
                        .setAttribute(Spans.DB_OPERATION, kind.operation())
                        .setAttribute(Spans.DB_TABLE, kind.table());
                if (sql != null) {
                    span.setAttribute(Spans.DB_STATEMENT,
                            sql.length() > STATEMENT_LIMIT ? sql.substring(0, STATEMENT_LIMIT) : sql);
                }
            }
            long started = System.nanoTime();
            String status = "error";
            try (var ignored = span.makeCurrent()) {
                Object result = call(statement, method, args);
                status = "success";
                return result;
            } catch (Throwable e) {
                Spans.failed(span, e);
                throw e;
            } finally {
                span.end();
                operations.record(kind, status, System.nanoTime() - started);
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
