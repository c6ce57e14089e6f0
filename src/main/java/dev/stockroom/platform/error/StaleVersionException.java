package dev.stockroom.platform.error;

/**
 * An update was based on an older version than the one stored: someone else changed the
 * entity in between. The client must read it again and reapply its change.
 */
public class StaleVersionException extends ConflictException {

	public StaleVersionException(String resource, Object id, long sent, long current) {
		super("stale-version", resource + " " + id + " has changed since it was read (version " + sent
				+ " was sent, the current version is " + current + "); read it again and retry");
	}

}
