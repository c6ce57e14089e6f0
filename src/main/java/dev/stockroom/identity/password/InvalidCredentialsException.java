package dev.stockroom.identity.password;

import dev.stockroom.platform.error.UnauthenticatedException;

/**
 * A sign-in was refused. The same exception, with the same message, whether the username
 * is unknown, the password is wrong or the account is inactive, so that an answer never
 * tells which usernames exist.
 */
public class InvalidCredentialsException extends UnauthenticatedException {

	public InvalidCredentialsException() {
		super("Invalid username or password", "Invalid username or password", null);
	}

}
