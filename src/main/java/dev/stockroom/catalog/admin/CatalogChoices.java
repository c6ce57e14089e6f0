package dev.stockroom.catalog.admin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.SupplierService;

/**
 * The categories and suppliers the catalog's selects and related-object filters offer,
 * each read with one call to the catalog's service.
 */
final class CatalogChoices {

	// Selects list every related object; past this many a select is no longer usable
	// (Django's raw_id_fields would be the next step).
	private static final Pageable ALL = PageRequest.of(0, 500, Sort.by("name"));

	private CatalogChoices() {
	}

	static Map<Long, String> categories(CategoryService categories) {
		Map<Long, String> choices = new LinkedHashMap<>();
		categories.all().forEach((category) -> choices.put(category.id(), category.name()));
		return choices;
	}

	/**
	 * @return the category and every category below it, at any depth, from the cached
	 * tree: one call however deep the tree
	 */
	static Set<Long> categoryAndDescendants(CategoryService categories, long id) {
		Map<Long, List<Long>> children = new HashMap<>();
		categories.all()
			.stream()
			.filter((category) -> category.parentId() != null)
			.forEach((category) -> children.computeIfAbsent(category.parentId(), (parent) -> new ArrayList<>())
				.add(category.id()));
		Set<Long> subtree = new LinkedHashSet<>();
		Deque<Long> open = new ArrayDeque<>(List.of(id));
		while (!open.isEmpty()) {
			long next = open.pop();
			// A set, so that even a tree with a loop in it ends.
			if (subtree.add(next)) {
				open.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return subtree;
	}

	static Map<Long, String> suppliers(SupplierService suppliers) {
		Map<Long, String> choices = new LinkedHashMap<>();
		suppliers.list(null, null, ALL).forEach((supplier) -> choices.put(supplier.id(), supplier.name()));
		return choices;
	}

}
