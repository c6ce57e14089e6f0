package dev.stockroom.identity.user;

import dev.stockroom.platform.error.ResourceNotFoundException;

public class UserNotFoundException extends ResourceNotFoundException {

	public UserNotFoundException(Object id) {
		super("User", id);
	}

}
