package dev.stockroom.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be, following NIST SP 800-63B and Django's default validators:
 * long enough ({@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters), not on the list
 * of common passwords, and not the user's own username or email. No composition rules (a
 * digit, a capital, a symbol): they push people to predictable patterns
 * ({@code Password1!}) without making passwords stronger.
 */
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final CommonPasswords commonPasswords;

	public PasswordPolicy(CommonPasswords commonPasswords) {
		this.commonPasswords = commonPasswords;
	}

	/**
	 * Checks a password against every rule, so the user learns all that is wrong at once.
	 * @param password the password as typed
	 * @param username the user's username, or {@code null}
	 * @param email the user's email, or {@code null}
	 * @return what is wrong, in words for the user; empty when the password is acceptable
	 */
	public List<String> check(String password, String username, String email) {
		if (password == null || password.isEmpty()) {
			return List.of("Enter a password");
		}
		List<String> problems = new ArrayList<>();
		// Characters as people count them: code points, not UTF-16 units.
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters");
		}
		if (length > MAX_LENGTH) {
			problems.add("Use at most " + MAX_LENGTH + " characters");
		}
		if (this.commonPasswords.contains(password)) {
			problems.add("This password is too common");
		}
		if (sameIgnoringCase(password, username)) {
			problems.add("The password must not be your username");
		}
		if (sameIgnoringCase(password, email)) {
			problems.add("The password must not be your email address");
		}
		return List.copyOf(problems);
	}

	private static boolean sameIgnoringCase(String password, String other) {
		return other != null && !other.isBlank()
				&& password.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
	}

}
