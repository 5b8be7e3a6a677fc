package com.motovaultpro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit extension: one {@link Browser} per test class (given to its constructor, closed after the
 * class), and on a failing test the page the browser showed is kept as evidence under
 * target/browser-failures/&lt;test method&gt;. Use after {@link RunningServer}.
 */
public class OpenBrowser implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Handle handle = classStore(context).get("browser", Handle.class);
        if (handle != null) {
            handle.browser.keepEvidence(context.getRequiredTestMethod().getName());
        }
        throw failure;
    }

    private static Browser browser(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent("browser", key -> new Handle(RunningServer.server(context)),
                Handle.class).browser;
    }

    /** The store of the test class, so the browser lives exactly as long as the class's tests. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }

    static final class Handle implements ExtensionContext.Store.CloseableResource {
        final Browser browser;

        Handle(LibertyServer server) {
            try {
                browser = Browser.open(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
