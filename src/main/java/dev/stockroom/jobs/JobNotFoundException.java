package dev.stockroom.jobs;

import java.util.UUID;

import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * No job has the id asked for (or it has been deleted for good): a 404.
 */
public class JobNotFoundException extends ResourceNotFoundException {

	public JobNotFoundException(UUID id) {
		super("Job", id);
	}

}
