package dev.stockroom.platform.cache;

import java.lang.reflect.Type;

import org.springframework.core.ParameterizedTypeReference;

import dev.stockroom.catalog.CategoryResponse;

/**
 * A cache a module uses, declared as a bean by that module. The platform makes one cache
 * per definition, in memory or in Redis; there are no caches made up on first use, so a
 * misspelt name fails instead of caching silently somewhere else.
 *
 * <p>
 * In Redis a value is stored as JSON of exactly this type (no class names in the JSON, so
 * nothing read back from Redis can choose what class is made of it). The type should be a
 * record or a list of records that JSON carries faithfully.
 *
 * @param name the cache's name, as in {@code @Cacheable("product-detail")}
 * @param valueType the type of its values
 */
public record CacheDefinition(String name, Type valueType) {

	/**
	 * @param name the cache's name
	 * @param valueType the class of its values
	 * @return the definition
	 */
	public static CacheDefinition of(String name, Class<?> valueType) {
		return new CacheDefinition(name, valueType);
	}

	/**
	 * @param name the cache's name
	 * @param valueType a generic type, e.g. {@code new
	 * ParameterizedTypeReference<List<CategoryResponse>>() {}}
	 * @return the definition
	 */
	public static CacheDefinition of(String name, ParameterizedTypeReference<?> valueType) {
		return new CacheDefinition(name, valueType.getType());
	}

}
