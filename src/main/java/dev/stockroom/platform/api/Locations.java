package dev.stockroom.platform.api;

import java.net.URI;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The {@code Location} of a resource a POST just made. */
public final class Locations {

	private Locations() {
	}

	/**
	 * @param id the new resource's id
	 * @return the current request's URL followed by {@code /id}
	 */
	public static URI ofCreated(Object id) {
		return ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri();
	}

}
