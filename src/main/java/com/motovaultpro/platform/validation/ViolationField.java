package com.motovaultpro.platform.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * The field a violation is about, as clients and forms name it: the last named property of the
 * path, so {@code tags[2].<list element>} is reported on {@code tags}.
 */
public final class ViolationField {

    private ViolationField() {
    }

    public static String of(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            String nodeName = node.getName();
            if (nodeName != null && !nodeName.startsWith("<")) {
                name = nodeName;
            }
        }
        return name;
    }
}
