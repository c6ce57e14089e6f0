package dev.stockroom.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductDetailSection;
import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductImageService;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.catalog.Unit;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.pages.CrudPages;

/**
 * The product pages: list, detail, new, edit and delete, with their shared behaviour from
 * {@link CrudPages}. Every value is written with {@code th:text}, which escapes it, so a
 * name such as {@code <script>} shows as text. The CSV export is
 * {@link ProductCsvExport}.
 */
@Controller
@RequestMapping(ProductPages.PATH)
public class ProductPages extends CrudPages.WithDelete<ProductFilter, ProductForm, ProductResponse> {

	public static final String PATH = "/products";

	public static final SortAllowList SORT = SortAllowList.of(Sort.by("sku"), "sku", "sku", "name", "name", "price",
			"price");

	private final ProductService products;

	private final CategoryService categories;

	private final SupplierService suppliers;

	private final ProductImageService images;

	private final List<ProductDetailSection> sections;

	ProductPages(ProductService products, CategoryService categories, SupplierService suppliers,
			ProductImageService images, List<ProductDetailSection> sections) {
		super(PATH, "catalog/product", "product", SORT);
		this.products = products;
		this.categories = categories;
		this.suppliers = suppliers;
		this.images = images;
		this.sections = sections;
	}

	@Override
	protected ProductFilter emptyFilter() {
		return ProductFilter.none();
	}

	@Override
	protected Page<ProductResponse> search(ProductFilter filter, Pageable pageable) {
		return this.products.list(filter, pageable);
	}

	@Override
	protected ProductResponse find(long id) {
		return this.products.get(id);
	}

	@Override
	protected ProductForm emptyForm() {
		return ProductForm.empty();
	}

	@Override
	protected ProductForm formOf(ProductResponse product) {
		return ProductForm.of(product);
	}

	@Override
	protected ProductResponse create(ProductForm form) {
		return this.products.create(form.toRequest());
	}

	@Override
	protected ProductResponse update(long id, ProductForm form) {
		return this.products.update(id, form.toRequest());
	}

	@Override
	protected void delete(long id) {
		this.products.delete(id);
	}

	@Override
	protected Optional<String> deleteBlocker(long id) {
		return this.products.deleteBlocker(id);
	}

	@Override
	protected long idOf(ProductResponse product) {
		return product.id();
	}

	@Override
	protected String nameOf(ProductResponse product) {
		return product.sku();
	}

	@Override
	protected String fieldOf(ConflictException conflict) {
		return "duplicate-sku".equals(conflict.getProblemType()) ? "sku" : null;
	}

	@Override
	protected void addDetails(ProductResponse product, Model model) {
		model.addAttribute("category",
				(product.categoryId() != null) ? this.categories.get(product.categoryId()) : null);
		model.addAttribute("offers", this.suppliers.offers(product.id()));
		model.addAttribute("image", this.images.image(product.id()).orElse(null));
		model.addAttribute("sections",
				this.sections.stream()
					.flatMap((section) -> section.data(product.id())
						.map((data) -> new RenderedSection(section.template(), data))
						.stream())
					.toList());
	}

	/** A contributed section as the template renders it. */
	record RenderedSection(String template, Map<String, Object> data) {
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("units", Unit.values());
	}

}
