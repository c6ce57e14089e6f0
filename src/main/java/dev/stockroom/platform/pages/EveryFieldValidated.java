package dev.stockroom.platform.pages;

import org.springframework.boot.validation.autoconfigure.ValidatorAdapter;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Lets a form report every problem in one answer. When a value does not convert (a cost
 * of {@code abc}), Spring's {@code DataBinder} still checks the form record's other
 * values, one constructor argument at a time, with {@link SmartValidator#validateValue}.
 * Boot's MVC validator, a {@link ValidatorAdapter}, does not implement that method: the
 * call fails, the binder swallows the failure, and the page showed the conversion error
 * alone, hiding a blank SKU until the cost was fixed. This hands those calls to the Bean
 * Validation validator the adapter wraps; whole-object validation still goes through the
 * adapter, so nothing else changes.
 */
@ControllerAdvice
class EveryFieldValidated {

	@InitBinder
	void validateValuesBesideConversionErrors(WebDataBinder binder) {
		if (binder.getValidators().size() == 1 && binder.getValidators().get(0) instanceof ValidatorAdapter adapter
				&& adapter.getTarget() instanceof SmartValidator values) {
			binder.replaceValidators(new ValueValidating(adapter, values));
		}
	}

	/*
	 * Deliberately not a jakarta.validation.Validator, as Boot's adapter is not: Spring
	 * leaves a binder's Bean Validation to method validation where that applies, and
	 * tells them apart by that type.
	 */
	private record ValueValidating(SmartValidator adapter, SmartValidator values) implements SmartValidator {

		@Override
		public boolean supports(Class<?> type) {
			return this.adapter.supports(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			this.adapter.validate(target, errors);
		}

		@Override
		public void validate(Object target, Errors errors, Object... hints) {
			this.adapter.validate(target, errors, hints);
		}

		@Override
		public void validateValue(Class<?> type, String field, Object value, Errors errors, Object... hints) {
			this.values.validateValue(type, field, value, errors, hints);
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			return this.adapter.unwrap(type);
		}

	}

}
