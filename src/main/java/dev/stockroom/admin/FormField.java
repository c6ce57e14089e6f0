package dev.stockroom.admin;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One field of a change form. Its name is the request parameter and, by convention, the
 * name of the component of the owning module's request record that receives it, so that
 * Bean Validation's messages land beside the field they are about.
 *
 * @param name the parameter name, e.g. {@code categoryId}
 * @param label the label
 * @param type the control
 * @param path the property path the current value is read from, e.g. {@code category.id};
 * {@code null} for a field with no stored value (a password)
 * @param choices for a select, the options by value
 * @param editable when the field may be edited: read-only fields are shown and never
 * submitted (Django's {@code readonly_fields})
 * @param help a hint under the control, or {@code null}
 */
public record FormField(String name, String label, Type type, String path, Supplier<Map<String, String>> choices,
		Editable editable, String help) {

	/** When a field may be edited. */
	public enum Editable {

		ALWAYS, NEVER,

		/** Only on the add form (a username: set once, then read-only). */
		ON_ADD

	}

	/** The controls a field can be. */
	public enum Type {

		TEXT, TEXTAREA, NUMBER, CHECKBOX, SELECT, MULTI_SELECT, PASSWORD

	}

	/**
	 * @param name the field, read from the property of the same name
	 * @param label the label
	 * @return a text field
	 */
	public static FormField text(String name, String label) {
		return new FormField(name, label, Type.TEXT, name, null, Editable.ALWAYS, null);
	}

	public static FormField textarea(String name, String label) {
		return new FormField(name, label, Type.TEXTAREA, name, null, Editable.ALWAYS, null);
	}

	public static FormField number(String name, String label) {
		return new FormField(name, label, Type.NUMBER, name, null, Editable.ALWAYS, null);
	}

	public static FormField checkbox(String name, String label) {
		return new FormField(name, label, Type.CHECKBOX, name, null, Editable.ALWAYS, null);
	}

	public static FormField password(String name, String label) {
		return new FormField(name, label, Type.PASSWORD, null, null, Editable.ALWAYS, null);
	}

	/**
	 * @param name the field
	 * @param label the label
	 * @param path the property the current value is read from, e.g. {@code category.id}
	 * @param choices the options by value
	 * @return a select
	 */
	public static FormField select(String name, String label, String path, Supplier<Map<String, String>> choices) {
		return new FormField(name, label, Type.SELECT, path, choices, Editable.ALWAYS, null);
	}

	/**
	 * A select of several values; its current values come from
	 * {@link ModelAdmin#initial(long)}, not from a path.
	 */
	public static FormField multiSelect(String name, String label, Supplier<Map<String, String>> choices) {
		return new FormField(name, label, Type.MULTI_SELECT, null, choices, Editable.ALWAYS, null);
	}

	/**
	 * @param path the property shown
	 * @param label the label
	 * @return a read-only field
	 */
	public static FormField readOnly(String path, String label) {
		return new FormField(path, label, Type.TEXT, path, null, Editable.NEVER, null);
	}

	/**
	 * @param help the hint shown under the control
	 * @return this field with the hint
	 */
	public FormField help(String help) {
		return new FormField(this.name, this.label, this.type, this.path, this.choices, this.editable, help);
	}

	/**
	 * @return this field, its current value read from {@link ModelAdmin#initial(long)}
	 * rather than a property (a many-to-many shown as text, say)
	 */
	public FormField fromInitial() {
		return new FormField(this.name, this.label, this.type, null, this.choices, this.editable, this.help);
	}

	/**
	 * @return this field, editable on the add form only
	 */
	public FormField onlyWhenAdding() {
		return new FormField(this.name, this.label, this.type, this.path, this.choices, Editable.ON_ADD, this.help);
	}

	/**
	 * @param adding whether the form adds an object
	 * @return whether the field is read-only on that form
	 */
	public boolean isReadOnly(boolean adding) {
		return this.editable == Editable.NEVER || (this.editable == Editable.ON_ADD && !adding);
	}

	/**
	 * @param prefix an inline's prefix
	 * @return this field, named with the prefix (an inline's extra row)
	 */
	public FormField prefixed(String prefix) {
		return new FormField(prefix + "-" + this.name, this.label, this.type, null, this.choices, this.editable,
				this.help);
	}

	/** The id of the control, unique on the page. */
	public String id() {
		return "field-" + this.name.replace('.', '-');
	}

}
