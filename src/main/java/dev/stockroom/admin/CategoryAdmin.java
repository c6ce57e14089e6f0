package dev.stockroom.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column.Format;
import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.platform.api.OnUpdate;

/** Categories: a delete is refused while products are in the category. */
@Component
class CategoryAdmin extends ModelAdmin {

	CategoryAdmin(CategoryService categories) {
		super("categories", "Category", "category", "category", "categories");
		listDisplay(Column.of("name", "Name").link(), Column.of("parent.name", "Parent"),
				Column.of("updatedAt", "Last changed").as(Format.TIMESTAMP));
		listFilter(ListFilter.related("parent.id", "Parent", () -> Choices.categories(categories)));
		searchFields("name", "description");
		ordering("name");
		fields(FormField.text("name", "Name"), FormField.textarea("description", "Description"), FormField
			.select("parentId", "Parent", "parent.id", () -> Choices.asOptions(Choices.categories(categories))));
		saveWith((id, form) -> {
			CategoryRequest request = new CategoryRequest(form.text("name"), form.text("description"),
					form.id("parentId"), form.version());
			return (id == null) ? categories.create(form.valid(request)).id()
					: categories.update(id, form.valid(request, OnUpdate.class)).id();
		});
		deleteWith(categories::delete);
	}

}
