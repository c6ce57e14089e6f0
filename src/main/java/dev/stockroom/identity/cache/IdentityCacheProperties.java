package dev.stockroom.identity.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long and how much of who signs in is kept in each instance's memory
 * ({@link IdentityCache}).
 *
 * @param ttl how long an entry is kept after it was read from the database: the longest a
 * change goes unnoticed on another instance while Redis, which carries the evictions, is
 * down
 * @param maximumSize how many entries each of the caches (users, API tokens, token
 * families) holds at most
 */
@ConfigurationProperties("stockroom.identity-cache")
record IdentityCacheProperties(@DefaultValue("30s") Duration ttl, @DefaultValue("10000") long maximumSize) {

	IdentityCacheProperties {
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("stockroom.identity-cache.ttl must be positive");
		}
		if (maximumSize < 1) {
			throw new IllegalArgumentException("stockroom.identity-cache.maximum-size must be at least 1");
		}
	}

}
