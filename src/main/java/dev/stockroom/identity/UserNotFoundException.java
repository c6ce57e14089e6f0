package dev.stockroom.identity;

import dev.stockroom.platform.ResourceNotFoundException;

class UserNotFoundException extends ResourceNotFoundException {

	UserNotFoundException(Object id) {
		super("User", id);
	}

}
