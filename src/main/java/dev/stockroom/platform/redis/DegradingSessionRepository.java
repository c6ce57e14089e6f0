package dev.stockroom.platform.redis;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository.RedisSession;

/**
 * Spring Session's Redis repository, made to survive a Redis outage: a page must answer
 * even when its session cannot be read or saved. While Redis fails, a session that cannot
 * be read is treated as absent (the browser is signed out: a public page answers, a
 * protected one sends it to sign in), and changes that cannot be saved are lost, which a
 * warning in the log says once per outage ({@link RedisBreaker}). A request pays Redis's
 * timeout once per outage, not on every request.
 *
 * <p>
 * Finding a user's sessions by name is not softened: a password change must sign the
 * other browsers out or fail (a 503, the data store being unavailable), never pretend it
 * did.
 */
final class DegradingSessionRepository implements FindByIndexNameSessionRepository<RedisSession> {

	private final RedisIndexedSessionRepository redis;

	private final RedisBreaker breaker;

	DegradingSessionRepository(RedisIndexedSessionRepository redis, RedisBreaker breaker) {
		this.redis = redis;
		this.breaker = breaker;
	}

	// Made in memory; Redis sees it only when it is saved.
	@Override
	public RedisSession createSession() {
		return this.redis.createSession();
	}

	@Override
	public void save(RedisSession session) {
		this.breaker.run(() -> this.redis.save(session));
	}

	@Override
	public RedisSession findById(String id) {
		return this.breaker.call(() -> this.redis.findById(id), () -> null);
	}

	@Override
	public void deleteById(String id) {
		this.breaker.run(() -> this.redis.deleteById(id));
	}

	@Override
	public Map<String, RedisSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.redis.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}
