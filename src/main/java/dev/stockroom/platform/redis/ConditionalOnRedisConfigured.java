package dev.stockroom.platform.redis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A bean that talks to Redis exists only where {@code stockroom.redis.url} is set (see
 * {@link StockroomRedisProperties}). Spring's own Redis beans exist either way, but
 * connect only when used, so an application without Redis never tries.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnRedisConfigured.RedisConfigured.class)
public @interface ConditionalOnRedisConfigured {

	/** Matches when {@code stockroom.redis.url} has text. */
	class RedisConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("stockroom.redis.url"));
		}

	}

}
