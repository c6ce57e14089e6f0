package dev.stockroom.catalog.cache;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.CategoryResponse;
import dev.stockroom.platform.cache.CacheDefinition;

/**
 * The catalog's caches: a product's detail by id, and the category tree every product and
 * category form offers. Their time to live is {@code stockroom.cache.ttl.<name>}; they
 * are evicted when the data changes ({@link ProductCacheEviction},
 * {@link CategoryCacheEviction}).
 */
@Configuration(proxyBeanMethods = false)
class CatalogCaches {

	@Bean
	CacheDefinition productDetailCache() {
		return CacheDefinition.of(ProductService.DETAIL_CACHE, ProductResponse.class);
	}

	@Bean
	CacheDefinition categoryTreeCache() {
		return CacheDefinition.of(CategoryService.TREE_CACHE, new ParameterizedTypeReference<List<CategoryResponse>>() {
		});
	}

}
