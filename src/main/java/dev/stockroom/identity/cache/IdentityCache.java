package dev.stockroom.identity.cache;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.stockroom.identity.SignedInUser;

/**
 * Who signs in, kept in this instance's memory so that a warm request costs no SQL: the
 * signed-in users (by id, found by username), the personal API tokens (by the hash of
 * their key) and whether a token family is revoked. Every entry lives at most
 * {@code stockroom.identity-cache.ttl} (30 s) and each cache holds a bounded number.
 *
 * <p>
 * The rule: a change takes effect on the instance that made it as soon as it commits (the
 * {@code ...AfterCommit} methods evict then), on every other instance within a second
 * (the eviction travels over Redis pub/sub, {@link RedisIdentityEvictions}), and, while
 * Redis is down, when the entry expires.
 *
 * <p>
 * A look-up that read the database before an eviction must not store what it read after
 * it, or the old rights would come back for a whole TTL: every eviction moves a
 * generation on, and a look-up stores its answer only if the generation is still the one
 * it saw before it read.
 */
@Component
public class IdentityCache {

	private static final Logger log = LoggerFactory.getLogger(IdentityCache.class);

	static final String USER = "user:";

	static final String ALL_USERS = "all-users";

	static final String FAMILY = "family:";

	private final Cache<Long, SignedInUser> users;

	private final Cache<String, Long> userIds;

	private final Cache<String, CachedApiToken> apiTokens;

	private final Cache<UUID, Boolean> families;

	private final AtomicLong generation = new AtomicLong();

	// None where Redis is not configured: then each instance is on its own.
	private final ObjectProvider<RedisIdentityEvictions> broadcast;

	IdentityCache(IdentityCacheProperties properties, ObjectProvider<RedisIdentityEvictions> broadcast) {
		this.users = newCache(properties);
		this.userIds = newCache(properties);
		this.apiTokens = newCache(properties);
		this.families = newCache(properties);
		this.broadcast = broadcast;
	}

	private static <K, V> Cache<K, V> newCache(IdentityCacheProperties properties) {
		return Caffeine.newBuilder().expireAfterWrite(properties.ttl()).maximumSize(properties.maximumSize()).build();
	}

	/**
	 * @param username whom a token or session names, in any case
	 * @param load reads the user from the database (on a miss)
	 * @return the active user with their permissions, or empty
	 */
	public Optional<SignedInUser> user(String username, Supplier<Optional<SignedInUser>> load) {
		String name = username.toLowerCase(Locale.ROOT);
		Long id = this.userIds.getIfPresent(name);
		SignedInUser cached = (id != null) ? this.users.getIfPresent(id) : null;
		if (cached != null) {
			return Optional.of(cached);
		}
		long seen = this.generation.get();
		Optional<SignedInUser> loaded = load.get();
		loaded.ifPresent((user) -> this.users.asMap().compute(user.id(), (key, old) -> {
			if (this.generation.get() != seen) {
				return old;
			}
			this.userIds.put(name, user.id());
			return user;
		}));
		return loaded;
	}

	/**
	 * @param keyHash the SHA-256 of the token's key
	 * @param load finds the token in the database (on a miss); empty when the key is
	 * unknown or the token is revoked, expired, or its user inactive
	 * @return the token, or empty
	 */
	public Optional<CachedApiToken> apiToken(String keyHash, Supplier<Optional<CachedApiToken>> load) {
		CachedApiToken cached = this.apiTokens.getIfPresent(keyHash);
		if (cached != null) {
			return Optional.of(cached);
		}
		long seen = this.generation.get();
		Optional<CachedApiToken> loaded = load.get();
		loaded.ifPresent((token) -> this.apiTokens.asMap()
			.compute(keyHash, (key, old) -> (this.generation.get() != seen) ? old : token));
		return loaded;
	}

	/**
	 * @param familyId a token family
	 * @param load asks whether it is revoked (Redis or the database; on a miss)
	 * @return whether it is revoked
	 */
	public boolean familyRevoked(UUID familyId, BooleanSupplier load) {
		Boolean cached = this.families.getIfPresent(familyId);
		if (cached != null) {
			return cached;
		}
		long seen = this.generation.get();
		boolean revoked = load.getAsBoolean();
		this.families.asMap()
			.compute(familyId,
					(key, old) -> (this.generation.get() != seen || Boolean.TRUE.equals(old)) ? old : revoked);
		return revoked;
	}

	/**
	 * Forgets a user, with their API tokens, once the transaction going on commits (at
	 * once without one), here and on every other instance: for a change of their rights,
	 * their password or their tokens.
	 * @param userId whose
	 */
	public void evictUserAfterCommit(long userId) {
		afterCommit(USER + userId);
	}

	/**
	 * Forgets every user, once the transaction going on commits: for a change of a
	 * group's permissions, which changes the rights of all its members at once.
	 */
	public void evictAllUsersAfterCommit() {
		afterCommit(ALL_USERS);
	}

	/**
	 * Records that a token family is revoked, once the transaction going on commits.
	 * @param familyId the family
	 */
	public void familyRevokedAfterCommit(UUID familyId) {
		afterCommit(FAMILY + familyId);
	}

	private void afterCommit(String eviction) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					evictEverywhere(eviction);
				}

			});
		}
		else {
			evictEverywhere(eviction);
		}
	}

	private void evictEverywhere(String eviction) {
		apply(eviction);
		this.broadcast.ifAvailable((redis) -> redis.publish(eviction));
	}

	/**
	 * Applies an eviction, made here or announced by another instance.
	 * @param eviction {@code user:<id>}, {@code all-users} or {@code family:<id>}
	 */
	void apply(String eviction) {
		this.generation.incrementAndGet();
		if (eviction.startsWith(USER)) {
			long userId = Long.parseLong(eviction.substring(USER.length()));
			this.users.invalidate(userId);
			this.userIds.asMap().values().removeIf((id) -> id == userId);
			this.apiTokens.asMap().values().removeIf((token) -> token.userId() == userId);
		}
		else if (eviction.equals(ALL_USERS)) {
			this.users.invalidateAll();
			this.userIds.invalidateAll();
		}
		else if (eviction.startsWith(FAMILY)) {
			// Revoked for good: the answer can be kept rather than asked again.
			this.families.put(UUID.fromString(eviction.substring(FAMILY.length())), true);
		}
		else {
			log.warn("Ignored an identity cache eviction that is not understood: {}", eviction);
		}
	}

}
