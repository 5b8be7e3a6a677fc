package com.motovaultpro.platform.api;

import com.motovaultpro.platform.validation.DecimalText;
import com.motovaultpro.platform.web.ProblemDetail.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether a JSON value has the shape of the Java type it is bound to, field by field: text where
 * text is expected (never a number turned into text), {@code true}/{@code false} for flags (never
 * "yes" taken as false), whole numbers for whole-number fields (never {@code 2019.5} cut to
 * 2019), known names for enumerations and storable dates. Fields the type does not have are
 * ignored, as JSON-B ignores them; {@code null} is always accepted here (required fields are Bean
 * Validation's concern).
 */
public final class JsonShape {

    private JsonShape() {
    }

    /** Every field of {@code value} that does not fit {@code type}; empty when it binds as sent. */
    public static List<FieldError> check(JsonValue value, Type type) {
        List<FieldError> errors = new ArrayList<>();
        check(value, type, "", errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String field, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        String problem;
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            problem = null;
        } else if (raw == String.class) {
            problem = value instanceof JsonString ? null : "must be text";
        } else if (raw == Boolean.class || raw == boolean.class) {
            problem = value == JsonValue.TRUE || value == JsonValue.FALSE ? null : "must be true or false";
        } else if (whole(raw)) {
            problem = wholeProblem(value, raw);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            problem = value instanceof JsonNumber n && DecimalText.bounded(n.toString()) ? null : "must be a number";
        } else if (raw == LocalDate.class) {
            problem = dateProblem(value);
        } else if (raw == Instant.class) {
            problem = instantProblem(value);
        } else if (raw.isEnum()) {
            problem = enumProblem(value, raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            problem = value instanceof JsonArray array ? elements(array, argument(type, 0), field, errors) : "must be a list";
        } else if (Map.class.isAssignableFrom(raw)) {
            problem = value instanceof JsonObject object ? entries(object, argument(type, 1), field, errors)
                    : "must be an object";
        } else if (raw.isRecord()) {
            problem = value instanceof JsonObject object ? components(object, raw, field, errors) : "must be an object";
        } else {
            problem = null;
        }
        if (problem != null) {
            errors.add(new FieldError(field.isEmpty() ? "body" : field, problem));
        }
    }

    private static String components(JsonObject object, Class<?> record, String field, List<FieldError> errors) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonValue given = object.get(component.getName());
            if (given != null) {
                check(given, component.getGenericType(), join(field, component.getName()), errors);
            }
        }
        return null;
    }

    private static String elements(JsonArray array, Type element, String field, List<FieldError> errors) {
        for (int i = 0; i < array.size(); i++) {
            check(array.get(i), element, field + "[" + i + "]", errors);
        }
        return null;
    }

    private static String entries(JsonObject object, Type valueType, String field, List<FieldError> errors) {
        object.forEach((key, entry) -> {
            // A value of a text map (extra fields: {"Octane": 95}) may be a bounded number: it
            // binds as its text, as clients have always sent it.
            boolean numberAsText = valueType == String.class && entry instanceof JsonNumber n
                    && DecimalText.bounded(n.toString());
            if (!numberAsText) {
                check(entry, valueType, join(field, key), errors);
            }
        });
        return null;
    }

    private static boolean whole(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class;
    }

    private static String wholeProblem(JsonValue value, Class<?> raw) {
        if (!(value instanceof JsonNumber number)) {
            return "must be a whole number";
        }
        var parsed = DecimalText.parseWhole(number.toString());
        if (parsed.isEmpty()) {
            return "must be a whole number";
        }
        long n = parsed.get();
        boolean fits = raw == Long.class || raw == long.class
                || (raw == Short.class || raw == short.class ? n == (short) n : n == (int) n);
        return fits ? null : "is out of range";
    }

    /** A date's form; whether it can be stored is Bean Validation's (@StorableDate), beside the other fields. */
    private static String dateProblem(JsonValue value) {
        if (value instanceof JsonString text && text.getString().length() <= 16) {
            try {
                LocalDate.parse(text.getString());
                return null;
            } catch (DateTimeParseException e) {
                return "must be a date like 2024-05-31";
            }
        }
        return "must be a date like 2024-05-31";
    }

    private static String instantProblem(JsonValue value) {
        if (value instanceof JsonString text && text.getString().length() <= 40) {
            try {
                Instant instant = Instant.parse(text.getString());
                return instant.atZone(ZoneOffset.UTC).getYear() <= 9999 ? null : "is too far in the future";
            } catch (DateTimeParseException e) {
                return "must be an instant like 2024-05-31T12:00:00Z";
            }
        }
        return "must be an instant like 2024-05-31T12:00:00Z";
    }

    private static String enumProblem(JsonValue value, Class<?> raw) {
        List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (value instanceof JsonString text && names.contains(text.getString())) {
            return null;
        }
        return "must be one of " + names.stream().collect(Collectors.joining(", "));
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
