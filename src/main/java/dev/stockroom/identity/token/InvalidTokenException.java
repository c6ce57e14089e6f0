package dev.stockroom.identity.token;

import dev.stockroom.platform.error.UnauthenticatedException;

/**
 * A token was refused: malformed, not signed with our key or algorithm, from another
 * issuer or for another audience, expired, of the wrong type, revoked or reused. The
 * message says which, for the logs only: a client is told no more than that the token is
 * invalid, so that a forger learns nothing about which check stopped it.
 */
public class InvalidTokenException extends UnauthenticatedException {

	private static final String CLIENT_MESSAGE = "The token is invalid, expired or revoked";

	InvalidTokenException(String reason) {
		super(reason, CLIENT_MESSAGE, null);
	}

	InvalidTokenException(String reason, Throwable cause) {
		super(reason, CLIENT_MESSAGE, cause);
	}

}
