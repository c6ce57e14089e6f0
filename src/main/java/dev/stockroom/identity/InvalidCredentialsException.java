package dev.stockroom.identity;

import dev.stockroom.platform.UnauthenticatedException;

/**
 * A sign-in was refused. The same exception, with the same message, whether the username
 * is unknown, the password is wrong or the account is inactive, so that an answer never
 * tells which usernames exist.
 */
public class InvalidCredentialsException extends UnauthenticatedException {

	InvalidCredentialsException() {
		super("Invalid username or password", "Invalid username or password", null);
	}

}
