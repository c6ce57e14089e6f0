package dev.stockroom.jobs;

import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * No recurring job has the id asked for: a 404.
 */
public class RecurringJobNotFoundException extends ResourceNotFoundException {

	public RecurringJobNotFoundException(String id) {
		super("Recurring job", id);
	}

}
