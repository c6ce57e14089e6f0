package dev.stockroom.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryResponse;
import dev.stockroom.platform.api.OnUpdate;

/** What the category form posts: the page's side of {@link CategoryRequest}. */
record CategoryForm(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description, Long parentId,
		@NotNull(groups = OnUpdate.class) Long version) {

	static CategoryForm empty() {
		return new CategoryForm("", "", null, null);
	}

	static CategoryForm of(CategoryResponse category) {
		return new CategoryForm(category.name(), category.description(), category.parentId(), category.version());
	}

	CategoryRequest toRequest() {
		return new CategoryRequest(this.name,
				(this.description == null || this.description.isBlank()) ? null : this.description.strip(),
				this.parentId, this.version);
	}

}
