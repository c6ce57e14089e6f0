package dev.stockroom.identity.cache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.PasswordChanged;
import dev.stockroom.identity.UserAccessChanged;

/**
 * Evicts a user from {@link IdentityCache} when their rights or their password change,
 * once the change commits. Plain listeners registering a synchronisation, not
 * {@code @TransactionalEventListener}s: Spring Modulith would record every such event in
 * its publication registry, a database write for a cache.
 */
@Component
class IdentityCacheEvictions {

	private final IdentityCache cache;

	IdentityCacheEvictions(IdentityCache cache) {
		this.cache = cache;
	}

	@EventListener
	void accessChanged(UserAccessChanged event) {
		this.cache.evictUserAfterCommit(event.userId());
	}

	@EventListener
	void passwordChanged(PasswordChanged event) {
		this.cache.evictUserAfterCommit(event.userId());
	}

}
