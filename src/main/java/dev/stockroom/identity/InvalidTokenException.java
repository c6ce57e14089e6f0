package dev.stockroom.identity;

/**
 * A token was refused: malformed, not signed with our key or algorithm, from another
 * issuer or for another audience, expired, of the wrong type, revoked or reused. The
 * message says which, for the logs only: a client is told no more than that the token is
 * invalid, so that a forger learns nothing about which check stopped it.
 */
public class InvalidTokenException extends RuntimeException {

	InvalidTokenException(String reason) {
		super(reason);
	}

	InvalidTokenException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
