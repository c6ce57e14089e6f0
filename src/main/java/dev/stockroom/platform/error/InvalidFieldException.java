package dev.stockroom.platform.error;

import java.util.List;

/**
 * A field's value broke a rule that Bean Validation cannot express (a password on the
 * common-passwords list, a current password that does not match): a 400 whose
 * {@code errors} name the field, so a form can show the message beside it.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	private final List<String> messages;

	/**
	 * @param field the field's name as the request spells it, e.g. {@code password}
	 * @param messages what is wrong with it, at least one
	 */
	public InvalidFieldException(String field, List<String> messages) {
		super(field + ": " + String.join("; ", messages));
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("An invalid field needs a message");
		}
		this.field = field;
		this.messages = List.copyOf(messages);
	}

	public InvalidFieldException(String field, String message) {
		this(field, List.of(message));
	}

	public String getField() {
		return this.field;
	}

	public List<String> getMessages() {
		return this.messages;
	}

}
