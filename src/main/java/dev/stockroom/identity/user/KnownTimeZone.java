package dev.stockroom.identity.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time zone id from {@link TimeZones#choices()}, or blank for the site's zone: checked
 * on the server, since a select's options are only a suggestion to whoever posts the
 * form.
 */
@Documented
@Constraint(validatedBy = KnownTimeZone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownTimeZone {

	String message() default "must be a time zone id from the list, such as Europe/Berlin";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the id against the list the profile page offers. */
	class Validator implements ConstraintValidator<KnownTimeZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return TimeZones.isChoice(value);
		}

	}

}
