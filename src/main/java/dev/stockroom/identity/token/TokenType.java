package dev.stockroom.identity.token;

/**
 * The {@code typ} claim: which job a token may do. A refresh token lives for days and
 * must never open the API in place of an access token.
 */
public enum TokenType {

	ACCESS("access"), REFRESH("refresh");

	private final String claim;

	TokenType(String claim) {
		this.claim = claim;
	}

	String claim() {
		return this.claim;
	}

}
