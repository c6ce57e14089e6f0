package dev.stockroom.platform.error;

/**
 * A query parameter the endpoint does not accept (a sort field outside its allow-list, a
 * date it cannot read): a 400 that names the parameter.
 */
public class InvalidQueryException extends RuntimeException {

	private final String parameter;

	public InvalidQueryException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
