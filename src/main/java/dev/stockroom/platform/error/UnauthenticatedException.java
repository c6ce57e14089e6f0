package dev.stockroom.platform.error;

/**
 * Credentials were presented and refused (a wrong password, an invalid or revoked token):
 * the API answers 401. The message is for the logs; the answer says no more than
 * {@link #clientMessage()}, so that a guesser learns nothing about which check failed.
 */
public class UnauthenticatedException extends RuntimeException {

	private final String clientMessage;

	protected UnauthenticatedException(String logMessage, String clientMessage, Throwable cause) {
		super(logMessage, cause);
		this.clientMessage = clientMessage;
	}

	/**
	 * @return what the client is told
	 */
	public String clientMessage() {
		return this.clientMessage;
	}

}
