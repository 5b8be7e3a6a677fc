package com.motovaultpro.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Completes the OpenAPI document: every operation declares every parameter of its path template.
 * The record routes take {@code vehicleId} (and {@code kind}) through a field of their shared base
 * class, which the annotation scan does not see; without this the document is invalid.
 * Registered by {@code mp.openapi.filter} (META-INF/microprofile-config.properties).
 */
public class PathParameterFilter implements OASFilter {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^}]*)?}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            List<String> names = parametersOf(path.getKey());
            for (Operation operation : path.getValue().getOperations().values()) {
                for (String name : names) {
                    if (!declares(operation, name) && !declares(path.getValue().getParameters(), name)) {
                        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                                .schema(OASFactory.createSchema().type(name.endsWith("Id") ? Schema.SchemaType.INTEGER
                                        : Schema.SchemaType.STRING)));
                    }
                }
            }
        }
    }

    static List<String> parametersOf(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static boolean declares(Operation operation, String name) {
        return declares(operation.getParameters(), name);
    }

    private static boolean declares(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
    }
}
