package dev.stockroom.identity;

/**
 * A sign-in was refused. The same exception, with the same message, whether the username
 * is unknown, the password is wrong or the account is inactive, so that an answer never
 * tells which usernames exist.
 */
public class InvalidCredentialsException extends RuntimeException {

	InvalidCredentialsException() {
		super("Invalid username or password");
	}

}
