package dev.stockroom.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.stockroom.platform.redis.ConditionalOnRedisConfigured;
import dev.stockroom.platform.redis.RedisBreaker;
import dev.stockroom.platform.redis.StockroomRedisProperties;

/**
 * Revocation look-ups cached in Redis, in front of {@link DatabaseRevocationCheck}, which
 * stays the source of truth. Every API request with an access token asks; with Redis,
 * most answers cost one {@code GET} instead of a query, and every instance shares them.
 *
 * <ul>
 * <li>"Revoked" ({@code 1}) is kept until the family's last refresh token expires: a
 * revocation is never undone, and afterwards every token of the family is expired anyway.
 * <li>"Not revoked" ({@code 0}) is kept only for
 * {@code stockroom.revocations.not-revoked-ttl} (30 s): that is the longest a revocation
 * whose Redis write was lost (Redis down at that moment) goes unnoticed. It is written
 * only where no answer is stored yet ({@code SET NX}), so a look-up that read the
 * database just before a revocation committed cannot overwrite the revocation's mark.
 * <li>{@link RefreshTokens} announces each revocation; the mark is written after the
 * transaction commits, never for a revocation that rolls back. Plain synchronisation, not
 * a {@code @TransactionalEventListener}: Spring Modulith would record every such event in
 * its publication registry, a database write per revocation for a cache.
 * <li>Redis is an optimisation: when it fails (down, a timeout) the database answers and,
 * for a few seconds, Redis is not asked at all ({@link RedisBreaker}), so an outage costs
 * one timeout, not one per request, and never fails a request. It is asked again by
 * itself once the backoff has passed.
 * </ul>
 */
@Component
@Primary
@ConditionalOnRedisConfigured
public class RedisRevocationCheck implements RevocationCheck {

	static final String REVOKED = "1";

	static final String NOT_REVOKED = "0";

	private final DatabaseRevocationCheck database;

	private final StringRedisTemplate redis;

	private final StockroomRedisProperties settings;

	private final Duration notRevokedTtl;

	private final Duration refreshTokenTtl;

	private final Clock clock;

	private final RedisBreaker breaker;

	RedisRevocationCheck(DatabaseRevocationCheck database, StringRedisTemplate redis, StockroomRedisProperties settings,
			RevocationProperties revocations, JwtProperties jwt, Clock clock) {
		this.database = database;
		this.redis = redis;
		this.settings = settings;
		this.notRevokedTtl = revocations.notRevokedTtl();
		this.refreshTokenTtl = jwt.refreshTokenTtl();
		this.clock = clock;
		this.breaker = new RedisBreaker("revocation look-ups", settings.outageBackoff(), clock);
	}

	@Override
	public boolean isFamilyRevoked(UUID familyId) {
		String key = key(familyId);
		String cached = this.breaker.call(() -> this.redis.opsForValue().get(key), () -> null);
		if (cached != null) {
			return REVOKED.equals(cached);
		}
		boolean revoked = this.database.isFamilyRevoked(familyId);
		if (revoked) {
			markRevoked(familyId, this.database.latestExpiry(familyId).orElse(null));
		}
		else {
			this.breaker.run(() -> this.redis.opsForValue().setIfAbsent(key, NOT_REVOKED, this.notRevokedTtl));
		}
		return revoked;
	}

	@EventListener
	void revoked(TokenFamilyRevoked event) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					markRevoked(event.familyId(), event.expiresAt());
				}

			});
		}
		else {
			markRevoked(event.familyId(), event.expiresAt());
		}
	}

	private void markRevoked(UUID familyId, Instant expiresAt) {
		Duration ttl = (expiresAt != null) ? Duration.between(this.clock.instant(), expiresAt) : this.refreshTokenTtl;
		// A family that has expired needs no mark, but one second does no harm and keeps
		// Redis from refusing a TTL of zero.
		Duration atLeastASecond = (ttl.compareTo(Duration.ofSeconds(1)) < 0) ? Duration.ofSeconds(1) : ttl;
		this.breaker.run(() -> this.redis.opsForValue().set(key(familyId), REVOKED, atLeastASecond));
	}

	String key(UUID familyId) {
		return this.settings.key("revoked-family:" + familyId);
	}

	RedisBreaker breaker() {
		return this.breaker;
	}

}
