package dev.stockroom.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The passwords people pick most often, which an attacker tries first (the list in
 * {@value #LOCATION}, whose first lines name its source and licence). Compared ignoring
 * case and surrounding spaces, as Django's {@code CommonPasswordValidator} does.
 */
public final class CommonPasswords {

	static final String LOCATION = "identity/common-passwords.txt";

	private final Set<String> passwords;

	private CommonPasswords(Set<String> passwords) {
		this.passwords = passwords;
	}

	public static CommonPasswords fromClasspath() {
		return from(new ClassPathResource(LOCATION));
	}

	/**
	 * @param resource one password a line; lines starting with {@code #} are comments
	 * @return the list, held in lower case
	 */
	static CommonPasswords from(Resource resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			// Set.copyOf makes a compact, immutable set:
			// no entry objects for 50,000 lines.
			return new CommonPasswords(Set.copyOf(reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(CommonPasswords::normalize)
				.collect(Collectors.toSet())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common passwords from " + resource, ex);
		}
	}

	boolean contains(String password) {
		return this.passwords.contains(normalize(password));
	}

	int size() {
		return this.passwords.size();
	}

	private static String normalize(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}

}
