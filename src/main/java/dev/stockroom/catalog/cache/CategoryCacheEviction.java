package dev.stockroom.catalog.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.domain.Category;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.platform.cache.ListTotals;

/**
 * Evicts the cached category tree whenever Hibernate writes a category, whoever asked for
 * the write (see {@link ProductCacheEviction}), and the product list's totals; after the
 * transaction commits.
 */
public class CategoryCacheEviction {

	private final ObjectProvider<CacheManager> cacheManager;

	private final ObjectProvider<ListTotals> totals;

	CategoryCacheEviction(ObjectProvider<CacheManager> cacheManager, ObjectProvider<ListTotals> totals) {
		this.cacheManager = cacheManager;
		this.totals = totals;
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
		// The product list's category filter takes in the sub-categories: moving a
		// category changes the totals of its ancestors' product lists.
		this.totals.ifAvailable((totals) -> totals.changed(Product.class));
	}

}
