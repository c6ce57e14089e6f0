package dev.stockroom.platform.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a {@link StockroomCommand}, read from its arguments as typed:
 * {@code --username NAME} or {@code --username=NAME}. An option the command does not
 * know, given as {@code --name=value}, is left to Spring Boot, which reads it as a
 * setting ({@code --spring.profiles.active=prod}); any other stray word is a mistake.
 */
public final class CommandOptions {

	private final Map<String, String> values;

	private CommandOptions(Map<String, String> values) {
		this.values = values;
	}

	/**
	 * @param args the command's arguments
	 * @param names the options the command takes, without the dashes
	 * @return the options given
	 * @throws IllegalArgumentException when an option lacks its value or a word is no
	 * option, with a message for the user
	 */
	public static CommandOptions parse(List<String> args, String... names) {
		Set<String> known = Set.of(names);
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
			}
			String option = arg.substring(2);
			int equals = option.indexOf('=');
			String name = (equals < 0) ? option : option.substring(0, equals);
			if (!known.contains(name)) {
				continue;
			}
			if (equals >= 0) {
				values.put(name, option.substring(equals + 1));
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				values.put(name, args.get(++i));
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		return new CommandOptions(values);
	}

	/**
	 * @param name an option, without the dashes
	 * @return its value, if given and not blank
	 */
	public Optional<String> get(String name) {
		return Optional.ofNullable(this.values.get(name)).filter((value) -> !value.isBlank());
	}

	/**
	 * @param name an option, without the dashes
	 * @return its value
	 * @throws IllegalArgumentException when it was not given
	 */
	public String require(String name) {
		return get(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
	}

}
