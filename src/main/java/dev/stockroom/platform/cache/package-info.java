/**
 * Redis caching: each module declares its caches as {@code CacheDefinition} beans; a
 * cache that cannot reach Redis degrades to a miss rather than failing the request.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("cache")
package dev.stockroom.platform.cache;

import org.springframework.modulith.NamedInterface;
