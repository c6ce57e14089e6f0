package dev.stockroom.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.stockroom.catalog.domain.Category;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.catalog.domain.Tag;

/**
 * A product as the API shows it: the serializer's output side.
 *
 * @param onOrder what placed purchase orders will still bring of it, over every warehouse
 * ({@link ProductOnOrder}); only in a single product's answer, {@code null} in lists
 */
public record ProductResponse(long id, String sku, String name, String description, Unit unit, BigDecimal cost,
		BigDecimal price, int reorderPoint, int reorderQuantity, boolean active, String barcode, Long categoryId,
		List<String> tags, long version, Instant createdAt, Instant updatedAt, Integer onOrder) {

	ProductResponse withOnOrder(Integer quantity) {
		return new ProductResponse(this.id, this.sku, this.name, this.description, this.unit, this.cost, this.price,
				this.reorderPoint, this.reorderQuantity, this.active, this.barcode, this.categoryId, this.tags,
				this.version, this.createdAt, this.updatedAt, quantity);
	}

	static ProductResponse of(Product product) {
		Category category = product.getCategory();
		return new ProductResponse(product.getId(), product.getSku(), product.getName(), product.getDescription(),
				product.getUnit(), product.getCost(), product.getPrice(), product.getReorderPoint(),
				product.getReorderQuantity(), product.isActive(), product.getBarcode(),
				(category != null) ? category.getId() : null,
				product.getTags().stream().map(Tag::getName).sorted().toList(), product.getVersion(),
				product.getCreatedAt(), product.getUpdatedAt(), null);
	}

}
