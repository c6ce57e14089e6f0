package dev.stockroom.identity.apitoken;

import dev.stockroom.platform.error.ResourceNotFoundException;

// Also what another user's token, or one already revoked, answers: whether a token id
// exists is nobody else's business.
class ApiTokenNotFoundException extends ResourceNotFoundException {

	ApiTokenNotFoundException(long id) {
		super("API token", id);
	}

}
