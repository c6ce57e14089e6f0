package dev.stockroom.catalog.domain;

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
 * A barcode in one of the GS1 formats (EAN-8, UPC-A, EAN-13, GTIN-14) with a correct
 * check digit, so a mistyped digit is caught when it is entered, not at the till.
 * {@code null} and blank pass: a barcode is optional.
 */
@Documented
@Constraint(validatedBy = Gtin.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Gtin {

	String message() default "must be an 8, 12, 13 or 14 digit barcode with a valid check digit";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Gtin, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isValidGtin(value.strip());
		}

		/**
		 * @param code a stripped barcode
		 * @return whether it is a GS1 code with a correct check digit
		 */
		public static boolean isValidGtin(String code) {
			int length = code.length();
			// ASCII only: Character.isDigit also takes other scripts' digits,
			// which the arithmetic below misreads and the database's CHECK
			// (barcode ~ '[0-9]') refuses.
			if (!(length == 8 || length == 12 || length == 13 || length == 14)
					|| !code.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				return false;
			}
			// GS1 check digit: from the right, excluding the check digit,
			// weights 3, 1, 3, 1...
			int sum = 0;
			for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
				sum += (code.charAt(i) - '0') * weight;
			}
			return (10 - sum % 10) % 10 == code.charAt(length - 1) - '0';
		}

	}

}
