package dev.stockroom.catalog;

import java.time.Instant;

import dev.stockroom.catalog.domain.Category;

/** A category as the API shows it. */
public record CategoryResponse(long id, String name, String description, Long parentId, long version, Instant createdAt,
		Instant updatedAt) {

	public static CategoryResponse of(Category category) {
		Category parent = category.getParent();
		return new CategoryResponse(category.getId(), category.getName(), category.getDescription(),
				(parent != null) ? parent.getId() : null, category.getVersion(), category.getCreatedAt(),
				category.getUpdatedAt());
	}

}
