package dev.stockroom.identity.password;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A form's password and its confirmation must be equal: a typo in a password field, which
 * hides what is typed, would otherwise lock the user out. A constraint on the whole form
 * (no single field can check it), reported on the confirmation field so that the page
 * shows the message beside it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = PasswordsMatchValidator.class)
public @interface PasswordsMatch {

	/**
	 * @return the record component holding the chosen password
	 */
	String password();

	/**
	 * @return the record component holding the password typed again
	 */
	String confirmation();

	String message() default "The two passwords do not match";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
