package dev.stockroom.platform.deploy;

import java.util.List;

/**
 * Settings the active profile cannot run without are not set; see
 * {@link RequiredProductionSettings}.
 */
class MissingSettingsException extends IllegalStateException {

	private final List<String> variables;

	MissingSettingsException(List<String> variables) {
		super("The prod profile needs these environment variables, which are not set: " + String.join(", ", variables));
		this.variables = List.copyOf(variables);
	}

	/**
	 * @return the environment variables to set, e.g. {@code STOCKROOM_JWT_SECRET}
	 */
	List<String> variables() {
		return this.variables;
	}

}
