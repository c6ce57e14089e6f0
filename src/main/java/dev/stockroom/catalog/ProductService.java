package dev.stockroom.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.api.ProductDimensionsRequest;
import dev.stockroom.catalog.api.ProductDimensionsResponse;
import dev.stockroom.catalog.domain.Category;
import dev.stockroom.catalog.domain.CategoryRepository;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.catalog.domain.ProductDimensions;
import dev.stockroom.catalog.domain.ProductDimensionsRepository;
import dev.stockroom.catalog.domain.ProductNotFoundException;
import dev.stockroom.catalog.domain.ProductRepository;
import dev.stockroom.catalog.domain.Tag;
import dev.stockroom.catalog.domain.TagRepository;
import dev.stockroom.platform.cache.ListTotals;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.jpa.LikePattern;

/**
 * Use cases on products. Each public method is one transaction; reads run read-only so
 * Hibernate skips dirty checking and PostgreSQL may route them to a replica later. A
 * product's detail is cached ({@link #DETAIL_CACHE}); a cache hit opens no transaction.
 */
@Service
@Transactional(readOnly = true)
public class ProductService {

	/**
	 * The cache of {@link #get} by product id, evicted whenever the product is written
	 * ({@link ProductCacheEviction}).
	 */
	public static final String DETAIL_CACHE = "product-detail";

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final ProductDimensionsRepository dimensions;

	private final List<ProductDeleteBlocker> deleteBlockers;

	private final ApplicationEventPublisher events;

	private final ListTotals totals;

	private final ObjectProvider<ProductOnHand> onHand;

	private final ObjectProvider<ProductOnOrder> onOrder;

	private final ObjectProvider<CacheManager> caches;

	ProductService(ProductRepository products, CategoryRepository categories, TagRepository tags,
			ProductDimensionsRepository dimensions, ApplicationEventPublisher events,
			List<ProductDeleteBlocker> deleteBlockers, ListTotals totals, ObjectProvider<ProductOnHand> onHand,
			ObjectProvider<ProductOnOrder> onOrder, ObjectProvider<CacheManager> caches) {
		this.onOrder = onOrder;
		this.caches = caches;
		this.deleteBlockers = deleteBlockers;
		this.totals = totals;
		this.products = products;
		this.dimensions = dimensions;
		this.categories = categories;
		this.tags = tags;
		this.events = events;
		this.onHand = onHand;
	}

	/**
	 * @param filter what to select
	 * @param pageable which page, sorted by entity properties
	 * @return one page of products
	 */
	public Page<ProductResponse> list(ProductFilter filter, Pageable pageable) {
		Specification<Product> selected = specification(filter);
		// The category in the same query, as findAll's entity graph does.
		return this.totals
			.page(Product.class, filter, pageable,
					(page) -> this.products.findBy(selected, (query) -> query.project("category").slice(page)),
					() -> this.products.count(selected))
			.map(ProductResponse::of);
	}

	/**
	 * For the product list page: one page of products and what is on hand of each, read
	 * in one read-only transaction (the stock module's {@link ProductOnHand} joins it).
	 * @param filter what to select
	 * @param pageable which page, sorted by entity properties
	 * @return the page and the on-hand totals
	 */
	public ProductList listWithOnHand(ProductFilter filter, Pageable pageable) {
		Page<ProductResponse> page = list(filter, pageable);
		ProductOnHand stock = this.onHand.getIfAvailable();
		Optional<Map<Long, Integer>> onHand = (stock != null) ? stock.totals(page.map(ProductResponse::id).getContent())
				: Optional.empty();
		return new ProductList(page, onHand);
	}

	/**
	 * A page of products with their on-hand totals.
	 *
	 * @param page the products
	 * @param onHand each product's on-hand over every warehouse (a product without stock
	 * is missing); empty when the signed-in user may not read stock
	 */
	public record ProductList(Page<ProductResponse> page, Optional<Map<Long, Integer>> onHand) {
	}

	/**
	 * @param id the product's id
	 * @return the product, with what is on order of it where purchasing provides
	 * {@link ProductOnOrder}
	 * @throws ProductNotFoundException when there is none with that id
	 */
	@Cacheable(cacheNames = DETAIL_CACHE, key = "#id", sync = true)
	public ProductResponse get(long id) {
		ProductResponse product = ProductResponse
			.of(this.products.findWithTagsById(id).orElseThrow(() -> new ProductNotFoundException(id)));
		ProductOnOrder ordered = this.onOrder.getIfAvailable();
		return (ordered != null) ? product.withOnOrder(ordered.quantities(List.of(id)).getOrDefault(id, 0)) : product;
	}

	/**
	 * Forgets the cached details of these products, once the current transaction commits
	 * (the cache is transaction-aware): for a module whose figures the detail carries
	 * ({@link ProductOnOrder}) when they change.
	 * @param ids the products
	 */
	public void evictDetails(Collection<Long> ids) {
		CacheManager manager = this.caches.getIfAvailable();
		Cache details = (manager != null) ? manager.getCache(DETAIL_CACHE) : null;
		if (details != null) {
			ids.forEach(details::evict);
		}
	}

	/**
	 * For other modules that copy a product's facts (its reorder point) inside their own
	 * transaction: the product's summary, with its row share-locked until that
	 * transaction ends, so the reorder point cannot change between being read here and
	 * being copied there (an update waits, and its {@link ProductReorderPointChanged}
	 * then sees the copy).
	 * @param id the product's id
	 * @return the product's summary, or empty when there is no such product
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<ProductSummary> lockSummary(long id) {
		return this.products.findSharedLockedById(id).map(ProductSummary::of);
	}

	/**
	 * For other modules' pages that show products beside their own rows (a ledger page, a
	 * stock list): the summaries of these products in one query, whatever their number.
	 * @param ids product ids; unknown ones are left out of the answer
	 * @return the summaries by product id
	 */
	public Map<Long, ProductSummary> summaries(Collection<Long> ids) {
		Map<Long, ProductSummary> byId = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.products.findAllById(ids).forEach((product) -> byId.put(product.getId(), ProductSummary.of(product)));
		}
		return byId;
	}

	/**
	 * For other modules' forms where a user types SKUs: the summaries of the products
	 * with these SKUs (case and surrounding spaces ignored), in one query.
	 * @param skus SKUs as typed
	 * @return the summaries by normalised SKU; unknown SKUs are left out
	 */
	public Map<String, ProductSummary> summariesBySku(Collection<String> skus) {
		Map<String, ProductSummary> bySku = new LinkedHashMap<>();
		List<String> normalized = skus.stream()
			.filter((sku) -> sku != null && !sku.isBlank())
			.map(Product::normalizeSku)
			.toList();
		if (!normalized.isEmpty()) {
			this.products.findBySkuIn(normalized)
				.forEach((product) -> bySku.put(product.getSku(), ProductSummary.of(product)));
		}
		return bySku;
	}

	/**
	 * Activates or deactivates several products at once (the admin's bulk action); ids
	 * that do not exist are skipped.
	 * @param ids the products
	 * @param active the new state
	 * @return how many products were found
	 */
	@Transactional
	public int setActive(Collection<Long> ids, boolean active) {
		List<Product> found = this.products.findAllById(ids);
		found.forEach((product) -> product.setActive(active));
		return found.size();
	}

	public long count() {
		return this.products.count();
	}

	@Transactional
	public ProductResponse create(ProductRequest request) {
		String sku = Product.normalizeSku(request.sku());
		if (this.products.existsBySku(sku)) {
			throw duplicateSku(sku);
		}
		Product product = new Product(sku);
		apply(product, request);
		return ProductResponse.of(this.products.saveAndFlush(product));
	}

	/**
	 * Replaces a product's fields (PUT).
	 * @throws dev.stockroom.platform.error.StaleVersionException when
	 * {@code request.version()} is not the stored version
	 */
	@Transactional
	public ProductResponse update(long id, ProductRequest request) {
		Product product = this.products.findWithTagsById(id).orElseThrow(() -> new ProductNotFoundException(id));
		product.checkVersion(request.version());
		String sku = Product.normalizeSku(request.sku());
		if (this.products.existsBySkuAndIdNot(sku, id)) {
			throw duplicateSku(sku);
		}
		product.changeSku(sku);
		boolean reorderPointChanged = apply(product, request);
		// Flush first: the UPDATE waits for any movement holding the product's
		// share lock (see lockSummary), so the listeners then see the stock
		// levels that movement made.
		Product saved = this.products.saveAndFlush(product);
		if (reorderPointChanged) {
			this.events.publishEvent(new ProductReorderPointChanged(saved.getId(), saved.getReorderPoint()));
		}
		return ProductResponse.of(saved);
	}

	/**
	 * @throws ConflictException when stock or ledger rows still refer to the product: its
	 * history must stay, so it can only be deactivated
	 */
	@Transactional
	public void delete(long id) {
		Product product = this.products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
		Optional<String> blocker = blocker(product);
		if (blocker.isPresent()) {
			throw new ConflictException("product-in-use", blocker.get());
		}
		// The check above and the delete are not atomic: a first receipt may land in
		// between, and then the foreign key refuses.
		try {
			this.products.delete(product);
			this.products.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("product-in-use", "Product " + product.getSku()
					+ " has stock or movement history and cannot be deleted; deactivate it instead");
		}
	}

	/**
	 * Whether a product may be deleted, asked before offering to: what other modules keep
	 * about it ({@link ProductDeleteBlocker}) stops it.
	 * @param id the product's id
	 * @return why it cannot be deleted, a sentence to show as it is, or empty when it can
	 * @throws ProductNotFoundException when the product does not exist
	 */
	@Transactional(readOnly = true)
	public Optional<String> deleteBlocker(long id) {
		return blocker(this.products.findById(id).orElseThrow(() -> new ProductNotFoundException(id)));
	}

	private Optional<String> blocker(Product product) {
		return this.deleteBlockers.stream()
			.map((check) -> check.blocker(product.getId()))
			.flatMap(Optional::stream)
			.findFirst()
			.map((reason) -> "Product " + product.getSku() + " cannot be deleted: " + reason
					+ ". Deactivate it instead; its history stays.");
	}

	/**
	 * @throws ProductNotFoundException when the product does not exist
	 * @throws dev.stockroom.platform.error.ResourceNotFoundException when it has no
	 * dimensions yet
	 */
	public ProductDimensionsResponse dimensions(long productId) {
		return this.dimensions.findById(productId).map(ProductDimensionsResponse::of).orElseThrow(() -> {
			if (!this.products.existsById(productId)) {
				return new ProductNotFoundException(productId);
			}
			return new ResourceNotFoundException("Dimensions of product", productId);
		});
	}

	/** Records or replaces a product's shipping dimensions. */
	@Transactional
	public ProductDimensionsResponse measure(long productId, ProductDimensionsRequest request) {
		ProductDimensions dimensions = this.dimensions.findById(productId)
			.orElseGet(() -> new ProductDimensions(
					this.products.findById(productId).orElseThrow(() -> new ProductNotFoundException(productId))));
		dimensions.measure(request.weightGrams(), request.lengthMm(), request.widthMm(), request.heightMm());
		return ProductDimensionsResponse.of(this.dimensions.saveAndFlush(dimensions));
	}

	/**
	 * @return whether the reorder point changed
	 */
	private boolean apply(Product product, ProductRequest request) {
		product.describe(request.name(), request.description(), (request.unit() != null) ? request.unit() : Unit.EACH,
				request.barcode());
		product.price(money(request.cost()), money(request.price()));
		boolean reorderPointChanged = product.reorderAt(orZero(request.reorderPoint()),
				orZero(request.reorderQuantity()));
		product.setActive(request.active() == null || request.active());
		product.placeIn((request.categoryId() != null) ? category(request.categoryId()) : null);
		product.retag(tags((request.tags() != null) ? request.tags() : List.of()));
		return reorderPointChanged;
	}

	private Category category(long id) {
		return this.categories.findById(id)
			.orElseThrow(() -> new ReferenceNotFoundException("categoryId", "Category", id));
	}

	// Tags are named, not numbered, in the API: unknown names become new tags.
	private List<Tag> tags(List<String> names) {
		Map<String, String> byKey = new LinkedHashMap<>();
		names.forEach((name) -> byKey.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip()));
		List<Tag> found = new ArrayList<>(this.tags.findByLowerNameIn(byKey.keySet()));
		found.forEach((tag) -> byKey.remove(tag.getName().toLowerCase(Locale.ROOT)));
		byKey.values().forEach((name) -> found.add(this.tags.save(new Tag(name))));
		return found;
	}

	private Specification<Product> specification(ProductFilter filter) {
		List<Specification<Product>> specs = new ArrayList<>();
		if (filter.category() != null) {
			List<Long> ids = this.products.findCategorySubtreeIds(filter.category());
			specs.add((root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("category").get("id").in(ids));
		}
		if (filter.active() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("active"), filter.active()));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String pattern = LikePattern.contains(filter.q());
			specs.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("sku")), pattern, LikePattern.ESCAPE),
					cb.like(cb.lower(root.get("name")), pattern, LikePattern.ESCAPE)));
		}
		return Specification.allOf(specs);
	}

	private static ConflictException duplicateSku(String sku) {
		return new ConflictException("duplicate-sku", "A product with SKU " + sku + " already exists");
	}

	private static BigDecimal money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, RoundingMode.UNNECESSARY) : BigDecimal.ZERO.setScale(2);
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

}
