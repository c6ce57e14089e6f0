package dev.stockroom.catalog.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Choices;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.platform.api.OnUpdate;

import static dev.stockroom.platform.access.PermissionCode.CATEGORY_ADD;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_DELETE;
import static dev.stockroom.platform.access.PermissionCode.CATEGORY_VIEW;

/** Categories: a delete is refused while products are in the category. */
@Component
class CategoryAdmin extends ModelAdmin {

	CategoryAdmin(CategoryService categories) {
		super(Registration.of("Category")
			.slug("categories")
			.names("category", "categories")
			.permissions(CATEGORY_VIEW, CATEGORY_ADD, CATEGORY_CHANGE, CATEGORY_DELETE));
		listDisplay(Column.of("name", "Name").link(), Column.of("parent.name", "Parent"),
				Column.of("updatedAt", "Last changed").as(Format.TIMESTAMP));
		listFilter(ListFilter.related("parent.id", "Parent", () -> CatalogChoices.categories(categories)));
		searchFields("name", "description");
		ordering("name");
		fields(FormField.text("name", "Name"), FormField.textarea("description", "Description"), FormField
			.select("parentId", "Parent", "parent.id", () -> Choices.asOptions(CatalogChoices.categories(categories))));
		saveWith((id, form) -> {
			CategoryRequest request = new CategoryRequest(form.text("name"), form.text("description"),
					form.id("parentId"), form.version());
			return (id == null) ? categories.create(form.valid(request)).id()
					: categories.update(id, form.valid(request, OnUpdate.class)).id();
		});
		deleteWith(categories::delete);
	}

}
