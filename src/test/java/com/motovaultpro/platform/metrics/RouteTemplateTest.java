package com.motovaultpro.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint label: a route, never a raw URL. */
class RouteTemplateTest {

    @ParameterizedTest(name = "{0} + {1} ({2}, api {3}) -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/api/v1|/vehicles/42/dashboard|200|/api/v1/vehicles/{vehicleId}/dashboard|/api/v1/vehicles/{vehicleId}/dashboard",
        "/api/v1|/vehicles/42/dashboard|401|-|/api/v1/*",
        "/api/v1|/no/such/route/7|404|-|unmatched",
        "/api/v1|/vehicles/42|404|/api/v1/vehicles/{id}|/api/v1/vehicles/{id}",
        "/vehicles/view.xhtml|-|200|-|/vehicles/view.xhtml",
        "/index.xhtml|-|302|-|/index.xhtml",
        "/nope-123.xhtml|-|404|-|unmatched",
        "/jakarta.faces.resource|/theme.css.xhtml|200|-|/jakarta.faces.resource/*",
        "/calendar|/5f2a9c-secret-token.ics|200|-|/calendar/*",
        "/vehicles/document|-|200|-|/vehicles/document",
        "''|/|200|-|/",
        "''|-|200|-|/",
    })
    void endpointOf(String servletPath, String pathInfo, int status, String apiTemplate, String expected) {
        assertEquals(expected, RouteTemplate.of(servletPath, pathInfo, status, apiTemplate));
    }

    @ParameterizedTest(name = "{0} + {1} + {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "/api/v1|/vehicles|-|/api/v1/vehicles",
        "/api/v1|vehicles/{vehicleId}/documents|/{id}/content|/api/v1/vehicles/{vehicleId}/documents/{id}/content",
        "/api/v1|/vehicles/|{id: \\d+}|/api/v1/vehicles/{id}",
        "/api/v1|/trash|/|/api/v1/trash",
    })
    void apiTemplate(String application, String classPath, String methodPath, String expected) {
        assertEquals(expected, RouteTemplate.api(application, classPath, methodPath));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1,/api/v1/*", "/index.xhtml,/*", "/0b6e-made-up.xhtml,/*", "'',/*"})
    void answeredBeforeRoutingByAreaOnly(String servletPath, String expected) {
        assertEquals(expected, RouteTemplate.beforeRouting(servletPath));
    }

    @ParameterizedTest
    @CsvSource({"get,GET", "DELETE,DELETE", "PROPFIND,OTHER", "'',OTHER"})
    void methodsAreABoundedSet(String method, String expected) {
        assertEquals(expected, RouteTemplate.method(method));
    }
}
