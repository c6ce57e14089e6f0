package dev.stockroom.live;

/**
 * One message for live pages, as it travels between instances.
 *
 * @param destination where it goes, e.g. {@code /topic/stock-levels}, or for one user's
 * queue the part after {@code /user}, e.g. {@code /queue/imports}
 * @param user the username whose sockets receive it, or {@code null} for every subscriber
 * of the destination
 * @param body the JSON the pages read
 */
record LiveMessage(String destination, String user, String body) {

	static LiveMessage toAll(String destination, String body) {
		return new LiveMessage(destination, null, body);
	}

	static LiveMessage toUser(String user, String destination, String body) {
		return new LiveMessage(destination, user, body);
	}

}
