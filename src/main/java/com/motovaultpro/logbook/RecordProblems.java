package com.motovaultpro.logbook;

import com.motovaultpro.extrafield.ExtraFieldRules;
import com.motovaultpro.platform.validation.BeanValidation;
import com.motovaultpro.platform.validation.ViolationField;
import com.motovaultpro.platform.web.ProblemDetail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a create would refuse about a record, without throwing: the record takes its context (and,
 * if new, the defaults it fills from it), then bean validation and the owner's extra-field rules
 * speak. Written once for a create's bulk copies and moves and for an import's rows.
 */
final class RecordProblems {

    private RecordProblems() {
    }

    /**
     * @param name   how the problems' fields are prefixed ("" for none, e.g. {@code records[7]})
     * @param extras the owner's extra-field rules applied to the record's values
     */
    static List<ProblemDetail.FieldError> of(LogbookRecord candidate, RecordContext context, String name, boolean asNew,
                                             BeanValidation validation,
                                             Function<Map<String, String>, ExtraFieldRules.Outcome> extras) {
        if (asNew) {
            candidate.fillDefaults(context);
        }
        candidate.useContext(context);
        candidate.normalize();
        List<ProblemDetail.FieldError> problems = new ArrayList<>();
        validation.violations(candidate).stream()
                .map(v -> new ProblemDetail.FieldError(fieldOf(name, ViolationField.of(v)), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .forEach(problems::add);
        ExtraFieldRules.Outcome outcome = extras.apply(candidate.getExtraFields());
        outcome.problems().forEach(p -> problems.add(new ProblemDetail.FieldError(fieldOf(name, "extraFields." + p.field()),
                p.message())));
        if (outcome.valid()) {
            candidate.setExtraFields(outcome.values());
        }
        return problems;
    }

    private static String fieldOf(String record, String field) {
        if (record.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? record : record + "." + field;
    }
}
