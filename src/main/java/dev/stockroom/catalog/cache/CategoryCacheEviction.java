package dev.stockroom.catalog.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.domain.Category;

/**
 * Evicts the cached category tree whenever Hibernate writes a category, whoever asked for
 * the write (see {@link ProductCacheEviction}); after the transaction commits.
 */
public class CategoryCacheEviction {

	private final ObjectProvider<CacheManager> cacheManager;

	CategoryCacheEviction(ObjectProvider<CacheManager> cacheManager) {
		this.cacheManager = cacheManager;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Category category) {
		CacheManager caches = this.cacheManager.getIfAvailable();
		Cache tree = (caches != null) ? caches.getCache(CategoryService.TREE_CACHE) : null;
		if (tree != null) {
			tree.evict(CategoryService.TREE_KEY);
		}
	}

}
