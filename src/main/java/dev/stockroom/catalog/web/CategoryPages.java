package dev.stockroom.catalog.web;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.CategoryResponse;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.pages.CrudPages;

/**
 * The category pages, on the same {@link CrudPages} as the product pages: only the
 * service calls, the form and the related records differ.
 */
@Controller
@RequestMapping(CategoryPages.PATH)
public class CategoryPages extends CrudPages.WithDelete<CategoryFilter, CategoryForm, CategoryResponse> {

	public static final String PATH = "/categories";

	private final CategoryService categories;

	CategoryPages(CategoryService categories) {
		super(PATH, "catalog/category", "category",
				SortAllowList.of(Sort.by("name"), "name", "name", "createdAt", "createdAt"));
		this.categories = categories;
	}

	@Override
	protected CategoryFilter emptyFilter() {
		return CategoryFilter.none();
	}

	@Override
	protected Page<CategoryResponse> search(CategoryFilter filter, Pageable pageable) {
		return this.categories.list(filter.parent(), filter.q(), pageable);
	}

	@Override
	protected CategoryResponse find(long id) {
		return this.categories.get(id);
	}

	@Override
	protected CategoryForm emptyForm() {
		return CategoryForm.empty();
	}

	@Override
	protected CategoryForm formOf(CategoryResponse category) {
		return CategoryForm.of(category);
	}

	@Override
	protected CategoryResponse create(CategoryForm form) {
		return this.categories.create(form.toRequest());
	}

	@Override
	protected CategoryResponse update(long id, CategoryForm form) {
		return this.categories.update(id, form.toRequest());
	}

	@Override
	protected void delete(long id) {
		this.categories.delete(id);
	}

	@Override
	protected Optional<String> deleteBlocker(long id) {
		return this.categories.deleteBlocker(id);
	}

	@Override
	protected long idOf(CategoryResponse category) {
		return category.id();
	}

	@Override
	protected String nameOf(CategoryResponse category) {
		return category.name();
	}

	@Override
	protected String fieldOf(ConflictException conflict) {
		return "category-cycle".equals(conflict.getProblemType()) ? "parentId" : null;
	}

	@Override
	protected void addDetails(CategoryResponse category, Model model) {
		model.addAttribute("parent", (category.parentId() != null) ? this.categories.get(category.parentId()) : null);
		model.addAttribute("children",
				this.categories.list(category.id(), null, Pageable.unpaged(Sort.by("name"))).getContent());
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("categories", this.categories.all());
	}

}
