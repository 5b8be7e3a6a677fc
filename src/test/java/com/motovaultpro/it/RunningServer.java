package com.motovaultpro.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension: one server for the whole test run, started before the first class that
 * needs it, stopped after the last one. Test classes receive it as a parameter.
 */
public class RunningServer implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    static LibertyServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> new Handle(), Handle.class).server;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LibertyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** Started once; closed by JUnit when the root context closes (end of the run). */
    static final class Handle implements ExtensionContext.Store.CloseableResource {
        final LibertyServer server = new LibertyServer();

        Handle() {
            try {
                server.prepareFresh();
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the test server", e);
            }
        }

        @Override
        public void close() throws Exception {
            server.stop();
        }
    }
}
