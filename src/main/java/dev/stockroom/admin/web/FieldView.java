package dev.stockroom.admin.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stockroom.admin.FormField;

/** One field of a change form, with its values and errors. */
record FieldView(FormField field, String value, Set<String> values, List<String> errors, boolean readOnly) {

	static FieldView of(FormField field, List<String> given, List<String> errors, boolean readOnly) {
		String value = given.isEmpty() ? "" : given.get(0);
		return new FieldView(field, value, new LinkedHashSet<>(given), errors, readOnly);
	}

	/**
	 * @return a read-only field's value as shown: Yes / No for a boolean, a select's
	 * choice by its label ({@code kg} for the unit {@code KG}, a category by name), a
	 * dash for none
	 */
	public String display() {
		if (this.values.isEmpty() || this.values.equals(Set.of(""))) {
			return "–";
		}
		if (this.values.size() == 1 && (this.value.equals("true") || this.value.equals("false"))) {
			return this.value.equals("true") ? "Yes" : "No";
		}
		Map<String, String> choices = (this.field.choices() != null) ? this.field.choices().get() : Map.of();
		return this.values.stream()
			.map((value) -> choices.getOrDefault(value, value))
			.collect(Collectors.joining(", "));
	}

	/**
	 * @return a read-only field's moment, for the page to show in the reader's time zone
	 * ({@code fragments/time}), or {@code null} when its value is not one. The stored
	 * values reach the form as text, and an {@code Instant}'s text is ISO-8601, which
	 * parses back exactly.
	 */
	public Instant moment() {
		if (!this.readOnly || this.values.size() != 1) {
			return null;
		}
		try {
			return Instant.parse(this.value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public boolean isChecked() {
		return "true".equals(this.value) || "on".equals(this.value);
	}

}
