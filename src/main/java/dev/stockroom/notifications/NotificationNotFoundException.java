package dev.stockroom.notifications;

import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * No notification of the signed-in user's has this id: whether it does not exist or is
 * someone else's is not told apart (a 404 either way).
 */
class NotificationNotFoundException extends ResourceNotFoundException {

	NotificationNotFoundException(long id) {
		super("Notification", id);
	}

}
