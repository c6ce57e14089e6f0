package dev.stockroom.catalog.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Action;
import dev.stockroom.admin.Choices;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.ColumnContribution;
import dev.stockroom.admin.Fieldset;
import dev.stockroom.admin.FormData;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.Inline;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.catalog.Unit;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.stock.StockQueries;

import static dev.stockroom.platform.access.PermissionCode.PRODUCT_ADD;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_DELETE;
import static dev.stockroom.platform.access.PermissionCode.PRODUCT_VIEW;
import static dev.stockroom.platform.access.PermissionCode.SUPPLIER_CHANGE;

/**
 * Products: bulk (de)activation and CSV export, supplier offers inline. The stock module
 * adds its on-hand and stock-value columns ({@link ColumnContribution}): the catalog does
 * not know about stock.
 */
@Component
class ProductAdmin extends ModelAdmin {

	private final ProductService products;

	ProductAdmin(ProductService products, CategoryService categories, SupplierService suppliers,
			List<ColumnContribution> contributions) {
		super(Registration.of("Product")
			.slug("products")
			.names("product", "products")
			.permissions(PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE));
		this.products = products;
		listDisplay(Column.of("sku", "SKU").link(), Column.of("name", "Name"), Column.of("category.name", "Category"),
				Column.of("cost", "Cost").as(Format.MONEY), Column.of("active", "Active").as(Format.BOOLEAN));
		contributedColumns(contributions);
		listFilter(ListFilter.bool("active", "Active"),
				ListFilter.tree("category.id", "Category", () -> CatalogChoices.categories(categories),
						(id) -> CatalogChoices.categoryAndDescendants(categories, id)),
				ListFilter.choice("unit", "Unit", Unit.class), ListFilter.dateRange("createdAt", "Added"));
		searchFields("sku", "name", "barcode");
		ordering("sku");
		listPerPage(25);
		actions(Action.of("activate", "Activate selected products", Operation.CHANGE,
				(ids) -> products.setActive(ids, true), "Activated %d products."),
				Action.of("deactivate", "Deactivate selected products", Operation.CHANGE,
						(ids) -> products.setActive(ids, false), "Deactivated %d products."),
				Action.exportCsv());
		fieldsets(
				Fieldset.of(null, FormField.text("sku", "SKU"), FormField.text("name", "Name"),
						FormField.textarea("description", "Description"),
						FormField.select("unit", "Unit", "unit", () -> Choices.of(Unit.class)),
						FormField.select("categoryId", "Category", "category.id",
								() -> Choices.asOptions(CatalogChoices.categories(categories))),
						FormField.text("tags", "Tags").fromInitial().help("Separated by commas")),
				Fieldset.of("Pricing", FormField.number("cost", "Cost"), FormField.number("price", "Price")),
				Fieldset.of("Reordering", FormField.number("reorderPoint", "Reorder point"),
						FormField.number("reorderQuantity", "Reorder quantity")),
				Fieldset.of("Status", FormField.checkbox("active", "Active"), FormField.text("barcode", "Barcode"),
						FormField.readOnly("createdAt", "Added"), FormField.readOnly("updatedAt", "Last changed")));
		inlines(new Inline("Supplier offers", "SupplierOffer", "product.id", List.of(
				Column.of("supplier.name", "Supplier"), Column.of("supplierSku", "Supplier SKU"),
				Column.of("unitCost", "Unit cost").as(Format.MONEY), Column.of("leadTimeDays", "Lead time (days)")),
				"supplier.id",
				List.of(FormField.select("supplierId", "Supplier", null,
						() -> Choices.asOptions(CatalogChoices.suppliers(suppliers))),
						FormField.text("supplierSku", "Supplier SKU"), FormField.number("unitCost", "Unit cost"),
						FormField.number("leadTimeDays", "Lead time (days)")),
				SUPPLIER_CHANGE, (productId, remove, extra) -> {
					remove.forEach((supplierId) -> suppliers.deleteOffer(productId, supplierId));
					if (!extra.isBlank()) {
						Long supplierId = extra.id("supplierId");
						if (supplierId == null) {
							extra.reject("supplierId", "must not be blank");
						}
						SupplierOfferRequest offer = extra.valid(new SupplierOfferRequest(extra.text("supplierSku"),
								extra.decimal("unitCost"), extra.integer("leadTimeDays")));
						suppliers.putOffer(productId, supplierId, offer);
					}
				}));
		saveWith((id, form) -> {
			ProductRequest request = new ProductRequest(form.text("sku"), form.text("name"), form.text("description"),
					unit(form), form.decimal("cost"), form.decimal("price"), form.integer("reorderPoint"),
					form.integer("reorderQuantity"), form.checked("active"), form.text("barcode"),
					form.id("categoryId"), tags(form.text("tags")), form.version());
			return (id == null) ? products.create(form.valid(request)).id()
					: products.update(id, form.valid(request, OnUpdate.class)).id();
		});
		deleteWith(products::delete);
	}

	// Tags are a many-to-many: not a property the list query reads.
	@Override
	protected Map<String, List<String>> initial(long id) {
		return Map.of("tags", List.of(String.join(", ", this.products.get(id).tags())));
	}

	private static List<String> tags(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).filter((tag) -> !tag.isEmpty()).toList();
	}

	private static Unit unit(FormData form) {
		String unit = form.text("unit");
		if (unit == null) {
			return null;
		}
		try {
			return Unit.valueOf(unit);
		}
		catch (IllegalArgumentException ex) {
			form.reject("unit", "is not one of the choices");
			return null;
		}
	}

}
