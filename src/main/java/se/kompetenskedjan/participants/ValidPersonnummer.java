package se.kompetenskedjan.participants;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Blank is allowed (the field is optional); anything else must be a valid personnummer, with a message per problem.
 * The validator takes the application's Clock (Spring's validator factory injects it), so "born in the future" is
 * judged by today's Swedish date.
 */
@Documented
@Constraint(validatedBy = ValidPersonnummer.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonnummer {

    String message() default "{participant.personnummer.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPersonnummer, String> {

        private final Clock clock;

        public Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<Personnummer.Problem> problem = Personnummer.validate(value, SwedishTime.today(clock));
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String key = switch (problem.get()) {
                case FORMAT -> "{participant.personnummer.format}";
                case DATE -> "{participant.personnummer.date}";
                case CHECKSUM -> "{participant.personnummer.checksum}";
            };
            context.buildConstraintViolationWithTemplate(key).addConstraintViolation();
            return false;
        }
    }
}
