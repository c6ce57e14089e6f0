package dev.stockroom.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.AuditableEntity;

/**
 * A product in the catalog. The Bean Validation annotations are the model's own
 * validation (Hibernate checks them before every insert and update, whoever saves), the
 * database's constraints in {@code V2__catalog.sql} back them up.
 */
@Entity
@Table(name = "products")
@EntityListeners(ProductCacheEviction.class)
class Product extends AuditableEntity {

	@NotBlank
	@Size(max = 64)
	private String sku;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	@NotNull
	@Enumerated(EnumType.STRING)
	private Unit unit = Unit.EACH;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal cost = BigDecimal.ZERO;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal price = BigDecimal.ZERO;

	@PositiveOrZero
	@Column(name = "reorder_point")
	private int reorderPoint;

	@PositiveOrZero
	@Column(name = "reorder_quantity")
	private int reorderQuantity;

	private boolean active = true;

	@Gtin
	private String barcode;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "category_id")
	private Category category;

	@ManyToMany
	@JoinTable(name = "product_tags", joinColumns = @JoinColumn(name = "product_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

	@Column(name = "image_key")
	private String imageKey;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	@OneToMany(mappedBy = "product", orphanRemoval = true)
	private Set<SupplierOffer> offers = new LinkedHashSet<>();

	protected Product() {
	}

	Product(String sku) {
		this.sku = normalizeSku(sku);
	}

	/** SKUs are compared as people type them: trimmed and in upper case. */
	static String normalizeSku(String sku) {
		return sku.strip().toUpperCase(Locale.ROOT);
	}

	void changeSku(String sku) {
		this.sku = normalizeSku(sku);
	}

	void describe(String name, String description, Unit unit, String barcode) {
		this.name = name.strip();
		this.description = description;
		this.unit = unit;
		this.barcode = (barcode == null || barcode.isBlank()) ? null : barcode.strip();
	}

	void price(BigDecimal cost, BigDecimal price) {
		this.cost = cost;
		this.price = price;
	}

	/**
	 * @return whether the reorder point changed (other modules keep a copy of it)
	 */
	boolean reorderAt(int reorderPoint, int reorderQuantity) {
		boolean changed = this.reorderPoint != reorderPoint;
		this.reorderPoint = reorderPoint;
		this.reorderQuantity = reorderQuantity;
		return changed;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void placeIn(Category category) {
		this.category = category;
	}

	void retag(Collection<Tag> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

	/**
	 * Shows another image (or none, with two {@code null}s).
	 * @return the keys of the image shown until now, for the caller to delete once this
	 * change is committed; empty when there was none
	 */
	List<String> showImage(String imageKey, String thumbnailKey) {
		if ((imageKey == null) != (thumbnailKey == null)) {
			throw new IllegalArgumentException("An image needs its thumbnail");
		}
		List<String> previous = (this.imageKey != null) ? List.of(this.imageKey, this.thumbnailKey) : List.of();
		this.imageKey = imageKey;
		this.thumbnailKey = thumbnailKey;
		return previous;
	}

	String getImageKey() {
		return this.imageKey;
	}

	String getThumbnailKey() {
		return this.thumbnailKey;
	}

	String getSku() {
		return this.sku;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	Unit getUnit() {
		return this.unit;
	}

	BigDecimal getCost() {
		return this.cost;
	}

	BigDecimal getPrice() {
		return this.price;
	}

	int getReorderPoint() {
		return this.reorderPoint;
	}

	int getReorderQuantity() {
		return this.reorderQuantity;
	}

	boolean isActive() {
		return this.active;
	}

	String getBarcode() {
		return this.barcode;
	}

	Category getCategory() {
		return this.category;
	}

	Set<Tag> getTags() {
		return this.tags;
	}

	Set<SupplierOffer> getOffers() {
		return this.offers;
	}

}
