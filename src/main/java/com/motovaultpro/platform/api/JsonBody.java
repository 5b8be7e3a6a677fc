package com.motovaultpro.platform.api;

import com.motovaultpro.platform.validation.DecimalText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a request body into a JSON tree, strictly: one value and nothing after it, no field given
 * twice, at most {@value #MAX_DEPTH} levels, and every number checked by {@link DecimalText}
 * before it is turned into a number (a JSON parser's own number parsing is what a million-digit
 * value makes expensive). What is refused names the place, never the content.
 */
public final class JsonBody {

    public static final int MAX_DEPTH = 16;

    private JsonBody() {
    }

    /** Thrown for a body that is not one well-formed JSON value within the bounds. */
    public static final class MalformedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MalformedException(String detail) {
            super(detail, null, false, false);
        }
    }

    /** Thrown for a number outside {@link DecimalText}'s bounds, with the field it was in. */
    public static final class NumberTooLongException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String field;

        NumberTooLongException(String field) {
            super("number out of bounds", null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The body's value, or {@code null} for an empty body (only white space). */
    public static JsonValue read(InputStream body) {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        if (blank(in)) {
            return null;
        }
        try (JsonParser parser = Json.createParser(in)) {
            return new Reader(parser).read();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedException(at == null ? "The request body is not well-formed JSON"
                    : "The request body is not well-formed JSON (line " + at.getLineNumber() + ", column "
                            + at.getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new MalformedException("The request body could not be read as JSON");
        }
    }

    /** Skips leading white space; true when nothing else follows. */
    private static boolean blank(PushbackInputStream in) {
        try {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
            if (b < 0) {
                return true;
            }
            in.unread(b);
            return false;
        } catch (IOException e) {
            throw new MalformedException("The request body could not be read");
        }
    }

    /** Builds the tree with an explicit stack: no recursion, so no depth can exhaust the thread's stack. */
    private static final class Reader {

        /** An object or array being read: its builder, its place in the body, and what it holds so far. */
        private static final class Frame {
            final JsonObjectBuilder object;
            final JsonArrayBuilder array;
            final String path;
            final Set<String> keys = new HashSet<>();
            String key;
            int index;

            Frame(JsonObjectBuilder object, JsonArrayBuilder array, String path) {
                this.object = object;
                this.array = array;
                this.path = path;
            }

            /** The path of the value that comes next in this container. */
            String next() {
                String here = array != null ? "[" + index + "]" : key;
                return path.isEmpty() ? here : array != null ? path + here : path + "." + here;
            }

            JsonValue build() {
                return object != null ? object.build() : array.build();
            }

            void add(JsonValue value) {
                if (object != null) {
                    object.add(key, value);
                } else {
                    array.add(value);
                    index++;
                }
            }
        }

        private final JsonParser parser;
        private final Deque<Frame> open = new ArrayDeque<>();

        Reader(JsonParser parser) {
            this.parser = parser;
        }

        JsonValue read() {
            JsonValue result = null;
            while (parser.hasNext()) {
                JsonValue value = switch (parser.next()) {
                    case START_OBJECT -> open(Json.createObjectBuilder(), null);
                    case START_ARRAY -> open(null, Json.createArrayBuilder());
                    case END_OBJECT, END_ARRAY -> open.pop().build();
                    case KEY_NAME -> {
                        Frame frame = open.peek();
                        frame.key = parser.getString();
                        if (!frame.keys.add(frame.key)) {
                            throw new MalformedException("The field '" + frame.next() + "' is given twice");
                        }
                        yield null;
                    }
                    case VALUE_STRING -> Json.createValue(parser.getString());
                    case VALUE_NUMBER -> number();
                    case VALUE_TRUE -> JsonValue.TRUE;
                    case VALUE_FALSE -> JsonValue.FALSE;
                    case VALUE_NULL -> JsonValue.NULL;
                };
                if (value != null) {
                    if (open.isEmpty()) {
                        result = value;
                    } else {
                        open.peek().add(value);
                    }
                }
            }
            return result;
        }

        private JsonValue number() {
            String text = parser.getString();
            if (!DecimalText.bounded(text)) {
                throw new NumberTooLongException(open.isEmpty() ? "" : open.peek().next());
            }
            return Json.createValue(new BigDecimal(text));
        }

        private JsonValue open(JsonObjectBuilder object, JsonArrayBuilder array) {
            if (open.size() >= MAX_DEPTH) {
                throw new MalformedException("The request body nests deeper than " + MAX_DEPTH + " levels");
            }
            open.push(new Frame(object, array, open.isEmpty() ? "" : open.peek().next()));
            return null;
        }
    }
}
