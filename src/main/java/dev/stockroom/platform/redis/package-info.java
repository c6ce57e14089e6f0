/**
 * The Redis connection and what rests on it besides caches: the circuit breaker that
 * stops calling a Redis that is down, and shared page sessions that degrade when Redis is
 * gone.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("redis")
package dev.stockroom.platform.redis;

import org.springframework.modulith.NamedInterface;
