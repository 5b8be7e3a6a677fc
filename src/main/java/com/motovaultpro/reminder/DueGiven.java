package com.motovaultpro.reminder;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A reminder is due by a date, an odometer reading, or both (reported on the due date field). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DueGiven.Validator.class)
public @interface DueGiven {
    String message() default "{reminder.due.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link DueGiven}. */
    class Validator implements ConstraintValidator<DueGiven, Reminder> {
        @Override
        public boolean isValid(Reminder reminder, ConstraintValidatorContext context) {
            if (reminder == null || reminder.getDueDate() != null || reminder.getDueOdometer() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("dueDate").addConstraintViolation();
            return false;
        }
    }
}
