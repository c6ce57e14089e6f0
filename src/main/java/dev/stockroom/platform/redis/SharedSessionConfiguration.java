package dev.stockroom.platform.redis;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisIndexedHttpSession;

/**
 * Page sessions in Redis, so that every instance behind the load balancer knows every
 * signed-in browser (Spring Session). Only where Redis is configured: Boot's own
 * {@code SessionDataRedisAutoConfiguration} is excluded in {@code application.yml}
 * because it would put sessions in Redis whenever the library is on the class path, and
 * without a Redis the login page would answer 500. Without Redis, sessions stay in
 * Tomcat's memory, which is right for one instance.
 *
 * <p>
 * The indexed repository, because it can find a user's sessions by name: the session
 * registry ({@code SpringSessionBackedSessionRegistry}) needs that to sign a user's other
 * sessions out after a password change. The cookie is Boot's (name, flags and
 * {@code Secure} from {@code server.servlet.session.cookie}), and so is the idle timeout
 * ({@code server.servlet.session.timeout}). Keys start with Stockroom's Redis key prefix.
 * A Redis outage signs browsers out rather than failing pages
 * ({@link DegradingSessionRepository}).
 *
 * <p>
 * {@code stockroom.redis.sessions=false} keeps sessions in memory even with Redis: the
 * MockMvc tests hand their sessions over as objects, which Spring Session would ignore.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRedisConfigured
@ConditionalOnBooleanProperty(name = "stockroom.redis.sessions", matchIfMissing = true)
@EnableRedisIndexedHttpSession
class SharedSessionConfiguration {

	/** Key namespace under the prefix: {@code <prefix>sessions:sessions:<id>}. */
	static final String NAMESPACE = "sessions";

	@Bean
	SessionRepositoryCustomizer<RedisIndexedSessionRepository> stockroomSessionSettings(StockroomRedisProperties redis,
			Environment environment) {
		Duration timeout = Binder.get(environment)
			.bind("server.servlet.session.timeout", Duration.class)
			.orElse(Duration.ofMinutes(30));
		return (repository) -> {
			repository.setRedisKeyNamespace(redis.key(NAMESPACE));
			repository.setDefaultMaxInactiveInterval(timeout);
		};
	}

	// The repository Spring Session's filter and the session registry use: Redis's,
	// made to let pages answer through a Redis outage.
	@Bean
	@Primary
	DegradingSessionRepository degradingSessionRepository(RedisIndexedSessionRepository sessions,
			StockroomRedisProperties redis, Clock clock) {
		return new DegradingSessionRepository(sessions,
				new RedisBreaker("page sessions", redis.outageBackoff(), clock));
	}

}
