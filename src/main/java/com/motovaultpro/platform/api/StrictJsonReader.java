package com.motovaultpro.platform.api;

import com.motovaultpro.platform.validation.DecimalText;
import com.motovaultpro.platform.web.ProblemDetail.FieldError;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads every JSON request body of the API: {@link JsonBody} bounds and parses it, {@link JsonShape}
 * checks each field against the resource's request type, and only then does JSON-B bind it. A body
 * that is not exactly one well-formed value, a number beyond {@link DecimalText}'s bounds or a
 * field of the wrong type is a 400 problem naming the place, and nothing is changed.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue body;
        try {
            body = JsonBody.read(entityStream);
        } catch (JsonBody.MalformedException e) {
            throw new ProblemException(Problems.of(ProblemType.MALFORMED, e.getMessage(), List.of()));
        } catch (JsonBody.NumberTooLongException e) {
            throw invalid(List.of(new FieldError(e.field().isEmpty() ? "body" : e.field(),
                    "must be a number of at most " + DecimalText.MAX_LENGTH + " characters")));
        }
        if (body == null) {
            return null;
        }
        List<FieldError> errors = JsonShape.check(body, genericType == null ? type : genericType);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return JSONB.fromJson(body.toString(), genericType == null ? type : genericType);
    }

    private static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(InvalidFieldsMapper.problem(errors));
    }
}
