package dev.stockroom.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * A submitted change form, read field by field into the types the owning module's request
 * record wants (Django's {@code cleaned_data}). A value that does not parse is recorded
 * as that field's error; {@link #valid} then runs Bean Validation on the request record
 * and throws {@link InvalidFormException} when any field is wrong, so that the form is
 * shown again with each message beside its field.
 */
public final class FormData {

	private final Map<String, List<String>> values;

	private final Validator validator;

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	public FormData(Map<String, List<String>> values, Validator validator) {
		this.values = values;
		this.validator = validator;
	}

	/**
	 * @param name a field
	 * @return its text, stripped; {@code null} when blank or absent (Django's
	 * {@code blank=True, null=True})
	 */
	public String text(String name) {
		List<String> given = this.values.get(name);
		String text = (given == null || given.isEmpty()) ? null : given.get(0);
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * @param name a field
	 * @return its whole number, or {@code null} when blank or not a number (then an error
	 * of the field)
	 */
	public Integer integer(String name) {
		String text = text(name);
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			reject(name, "must be a whole number");
			return null;
		}
	}

	/**
	 * @param name a field
	 * @return its decimal, or {@code null} when blank or not a number (then an error of
	 * the field)
	 */
	public BigDecimal decimal(String name) {
		String text = text(name);
		try {
			return (text != null) ? new BigDecimal(text) : null;
		}
		catch (NumberFormatException ex) {
			reject(name, "must be a number, such as 12.50");
			return null;
		}
	}

	/**
	 * @param name a select of related objects
	 * @return the chosen id, or {@code null}
	 */
	public Long id(String name) {
		String text = text(name);
		try {
			return (text != null) ? Long.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			reject(name, "is not one of the choices");
			return null;
		}
	}

	/**
	 * @param name a checkbox
	 * @return whether it was ticked
	 */
	public boolean checked(String name) {
		return text(name) != null;
	}

	/**
	 * @param name a multiple select
	 * @return every chosen value
	 */
	public Set<String> all(String name) {
		return new LinkedHashSet<>(this.values.getOrDefault(name, List.of()));
	}

	/**
	 * @return the version the form was read at (optimistic locking), or {@code null}
	 */
	public Long version() {
		return id("version");
	}

	/**
	 * @return whether every field the form has is blank (an inline's untouched extra row)
	 */
	public boolean isBlank() {
		return this.values.values().stream().flatMap(List::stream).allMatch(String::isBlank);
	}

	/**
	 * Records an error of one field.
	 * @param field the field
	 * @param message what is wrong, e.g. {@code must not be blank}
	 */
	public void reject(String field, String message) {
		this.errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

	/**
	 * Validates a request record with Bean Validation; its components are named like the
	 * form's fields.
	 * @param request what the owning module's service receives
	 * @param groups validation groups, e.g. {@code OnUpdate.class}
	 * @return the request, when it and every field read so far are valid
	 * @throws InvalidFormException otherwise, with every message by field
	 */
	public <T> T valid(T request, Class<?>... groups) {
		Class<?>[] all = new Class<?>[groups.length + 1];
		all[0] = jakarta.validation.groups.Default.class;
		System.arraycopy(groups, 0, all, 1, groups.length);
		for (ConstraintViolation<T> violation : this.validator.validate(request, all)) {
			String field = violation.getPropertyPath().toString().replaceAll("[\\[.].*", "");
			reject(field, violation.getMessage());
		}
		if (!this.errors.isEmpty()) {
			throw new InvalidFormException(this.errors);
		}
		return request;
	}

	Map<String, List<String>> errors() {
		return this.errors;
	}

	/** A form with field errors: shown again, with the messages beside the fields. */
	public static final class InvalidFormException extends RuntimeException {

		private final Map<String, List<String>> errors;

		InvalidFormException(Map<String, List<String>> errors) {
			super("Invalid form: " + errors.keySet());
			this.errors = Map.copyOf(errors);
		}

		public Map<String, List<String>> errors() {
			return this.errors;
		}

	}

}
