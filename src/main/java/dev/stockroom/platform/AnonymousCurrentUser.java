package dev.stockroom.platform;

import org.springframework.stereotype.Component;

/** Stands in for the signed-in user until the identity module brings authentication. */
@Component
class AnonymousCurrentUser implements CurrentUser {

	@Override
	public String username() {
		return ANONYMOUS;
	}

}
