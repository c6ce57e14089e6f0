package dev.stockroom.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.domain.Category;
import dev.stockroom.catalog.domain.CategoryNotFoundException;
import dev.stockroom.catalog.domain.CategoryRepository;
import dev.stockroom.catalog.domain.ProductRepository;
import dev.stockroom.platform.cache.ListTotals;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.jpa.LikePattern;

/** Use cases on the category tree. */
@Service
@Transactional(readOnly = true)
public class CategoryService {

	/**
	 * The cache of {@link #all}, evicted whenever a category is written
	 * ({@link CategoryCacheEviction}).
	 */
	public static final String TREE_CACHE = "category-tree";

	/** The one key of {@link #TREE_CACHE}. */
	public static final String TREE_KEY = "all";

	private final CategoryRepository categories;

	private final ProductRepository products;

	private final ListTotals totals;

	CategoryService(CategoryRepository categories, ProductRepository products, ListTotals totals) {
		this.totals = totals;
		this.categories = categories;
		this.products = products;
	}

	/**
	 * @param parent only the direct children of this category, when given
	 * @param q part of the name, case-insensitive
	 * @param pageable which page
	 * @return one page of categories
	 */
	public Page<CategoryResponse> list(Long parent, String q, Pageable pageable) {
		List<Specification<Category>> specs = new ArrayList<>();
		if (parent != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("parent").get("id"), parent));
		}
		if (q != null && !q.isBlank()) {
			specs.add((root, query, cb) -> cb.like(cb.lower(root.get("name")), LikePattern.contains(q),
					LikePattern.ESCAPE));
		}
		Specification<Category> selected = Specification.allOf(specs);
		return this.totals
			.page(Category.class, Arrays.asList(parent, q), pageable,
					(page) -> this.categories.findBy(selected, (query) -> query.slice(page)),
					() -> this.categories.count(selected))
			.map(CategoryResponse::of);
	}

	/**
	 * @return every category by name, for a form's choice of category (a shop has tens,
	 * not thousands)
	 */
	@Cacheable(cacheNames = TREE_CACHE, key = "'" + TREE_KEY + "'", sync = true)
	public List<CategoryResponse> all() {
		return this.categories.findAll(Sort.by("name", "id")).stream().map(CategoryResponse::of).toList();
	}

	public CategoryResponse get(long id) {
		return CategoryResponse.of(find(id));
	}

	@Transactional
	public CategoryResponse create(CategoryRequest request) {
		Category category = new Category(request.name(), request.description());
		if (request.parentId() != null) {
			this.categories.lockTree();
			category.moveTo(parent(request.parentId()));
		}
		return CategoryResponse.of(this.categories.saveAndFlush(category));
	}

	/**
	 * @throws CategoryCycleException when the new parent is the category itself or lies
	 * below it
	 */
	@Transactional
	public CategoryResponse update(long id, CategoryRequest request) {
		this.categories.lockTree();
		Category category = find(id);
		category.checkVersion(request.version());
		category.rename(request.name(), request.description());
		category.moveTo((request.parentId() != null) ? parent(request.parentId()) : null);
		return CategoryResponse.of(this.categories.saveAndFlush(category));
	}

	/**
	 * Deletes a category; its sub-categories move up to its parent's level.
	 * @throws ConflictException when products are still in the category
	 */
	@Transactional
	public void delete(long id) {
		Category category = find(id);
		Optional<String> blocker = blocker(category);
		if (blocker.isPresent()) {
			throw new ConflictException("category-in-use", blocker.get());
		}
		this.categories.delete(category);
		this.categories.flush();
	}

	/**
	 * Whether a category may be deleted, asked before offering to.
	 * @param id the category's id
	 * @return why it cannot be deleted (it still has products), or empty when it can
	 * @throws CategoryNotFoundException when there is no such category
	 */
	@Transactional(readOnly = true)
	public Optional<String> deleteBlocker(long id) {
		return blocker(find(id));
	}

	private Optional<String> blocker(Category category) {
		if (!this.products.existsByCategoryId(category.getId())) {
			return Optional.empty();
		}
		return Optional
			.of("Category '" + category.getName() + "' still has products; move them to another category first");
	}

	private Category find(long id) {
		return this.categories.findById(id).orElseThrow(() -> new CategoryNotFoundException(id));
	}

	private Category parent(long id) {
		return this.categories.findById(id)
			.orElseThrow(() -> new ReferenceNotFoundException("parentId", "Category", id));
	}

}
