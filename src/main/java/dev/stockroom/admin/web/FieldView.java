package dev.stockroom.admin.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.stockroom.admin.FormField;

/** One field of a change form, with its values and errors. */
record FieldView(FormField field, String value, Set<String> values, List<String> errors, boolean readOnly) {

	static FieldView of(FormField field, List<String> given, List<String> errors, boolean readOnly) {
		String value = given.isEmpty() ? "" : given.get(0);
		return new FieldView(field, value, new LinkedHashSet<>(given), errors, readOnly);
	}

	/**
	 * @return a read-only field's value as shown: Yes / No for a boolean, a dash for none
	 */
	public String display() {
		if (this.values.isEmpty() || this.values.equals(Set.of(""))) {
			return "–";
		}
		if (this.values.size() == 1 && (this.value.equals("true") || this.value.equals("false"))) {
			return this.value.equals("true") ? "Yes" : "No";
		}
		return String.join(", ", this.values);
	}

	public boolean isChecked() {
		return "true".equals(this.value) || "on".equals(this.value);
	}

}
