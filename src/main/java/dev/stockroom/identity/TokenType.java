package dev.stockroom.identity;

/**
 * The {@code typ} claim: which job a token may do. A refresh token lives for days and
 * must never open the API in place of an access token.
 */
enum TokenType {

	ACCESS("access"), REFRESH("refresh");

	private final String claim;

	TokenType(String claim) {
		this.claim = claim;
	}

	String claim() {
		return this.claim;
	}

}
