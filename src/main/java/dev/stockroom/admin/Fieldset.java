package dev.stockroom.admin;

import java.util.List;

/**
 * A titled group of fields on a change form (Django's {@code fieldsets}).
 *
 * @param title the legend, or {@code null} for none
 * @param fields the fields, in order
 */
public record Fieldset(String title, List<FormField> fields) {

	public Fieldset {
		fields = List.copyOf(fields);
	}

	public static Fieldset of(String title, FormField... fields) {
		return new Fieldset(title, List.of(fields));
	}

}
