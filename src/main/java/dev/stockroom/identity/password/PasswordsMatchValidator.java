package dev.stockroom.identity.password;

import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.DirectFieldAccessor;

/**
 * Checks {@link PasswordsMatch}. The components are read by name, so that the three
 * password forms share one check whatever they call their fields. An empty confirmation
 * is left to the field's own {@code @NotBlank}, so the user sees one message, not two.
 */
class PasswordsMatchValidator implements ConstraintValidator<PasswordsMatch, Object> {

	private String password;

	private String confirmation;

	@Override
	public void initialize(PasswordsMatch constraint) {
		this.password = constraint.password();
		this.confirmation = constraint.confirmation();
	}

	@Override
	public boolean isValid(Object form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		DirectFieldAccessor fields = new DirectFieldAccessor(form);
		Object confirmed = fields.getPropertyValue(this.confirmation);
		if (confirmed == null || confirmed.toString().isEmpty()
				|| Objects.equals(fields.getPropertyValue(this.password), confirmed)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode(this.confirmation)
			.addConstraintViolation();
		return false;
	}

}
