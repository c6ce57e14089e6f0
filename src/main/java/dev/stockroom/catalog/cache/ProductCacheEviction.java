package dev.stockroom.catalog.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;

import dev.stockroom.catalog.ProductChanged;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.domain.Product;

/**
 * Evicts a product's cached detail whenever Hibernate writes the product, whoever asked
 * for the write: the API, the pages, the admin site or a command. Hanging the eviction
 * off the entity rather than off a controller or one service method means a new write
 * path cannot forget it. The cache is transaction-aware, so the eviction happens after
 * the transaction commits, and not at all when it rolls back. Other modules hear of it
 * through {@link ProductChanged}.
 *
 * <p>
 * A bulk JPQL or SQL update would bypass it; the catalog has none for products.
 */
public class ProductCacheEviction {

	private final ObjectProvider<CacheManager> cacheManager;

	private final ApplicationEventPublisher events;

	// A provider: slice tests have JPA but no cache manager.
	ProductCacheEviction(ObjectProvider<CacheManager> cacheManager, ApplicationEventPublisher events) {
		this.cacheManager = cacheManager;
		this.events = events;
	}

	// A new product has no cached detail yet; the dashboard still counts it.
	@PostPersist
	void created(Product product) {
		this.events.publishEvent(new ProductChanged(product.getId()));
	}

	@PostUpdate
	@PostRemove
	void written(Product product) {
		CacheManager caches = this.cacheManager.getIfAvailable();
		Cache details = (caches != null) ? caches.getCache(ProductService.DETAIL_CACHE) : null;
		if (details != null) {
			details.evict(product.getId());
		}
		this.events.publishEvent(new ProductChanged(product.getId()));
	}

}
