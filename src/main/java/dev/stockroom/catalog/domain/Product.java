package dev.stockroom.catalog.domain;

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

import dev.stockroom.catalog.Unit;
import dev.stockroom.catalog.cache.ProductCacheEviction;
import dev.stockroom.platform.cache.ListTotalsEviction;
import dev.stockroom.platform.jpa.AuditableEntity;

/**
 * A product in the catalog. The Bean Validation annotations are the model's own
 * validation (Hibernate checks them before every insert and update, whoever saves), the
 * database's constraints in {@code V2__catalog.sql} back them up.
 */
@Entity
@Table(name = "products")
@EntityListeners({ ProductCacheEviction.class, ListTotalsEviction.class })
public class Product extends AuditableEntity {

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

	public Product(String sku) {
		this.sku = normalizeSku(sku);
	}

	/** SKUs are compared as people type them: trimmed and in upper case. */
	public static String normalizeSku(String sku) {
		return sku.strip().toUpperCase(Locale.ROOT);
	}

	public void changeSku(String sku) {
		this.sku = normalizeSku(sku);
	}

	public void describe(String name, String description, Unit unit, String barcode) {
		this.name = name.strip();
		this.description = description;
		this.unit = unit;
		this.barcode = (barcode == null || barcode.isBlank()) ? null : barcode.strip();
	}

	public void price(BigDecimal cost, BigDecimal price) {
		this.cost = cost;
		this.price = price;
	}

	/**
	 * @return whether the reorder point changed (other modules keep a copy of it)
	 */
	public boolean reorderAt(int reorderPoint, int reorderQuantity) {
		boolean changed = this.reorderPoint != reorderPoint;
		this.reorderPoint = reorderPoint;
		this.reorderQuantity = reorderQuantity;
		return changed;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public void placeIn(Category category) {
		this.category = category;
	}

	public void retag(Collection<Tag> tags) {
		this.tags.clear();
		this.tags.addAll(tags);
	}

	/**
	 * Shows another image (or none, with two {@code null}s).
	 * @return the keys of the image shown until now, for the caller to delete once this
	 * change is committed; empty when there was none
	 */
	public List<String> showImage(String imageKey, String thumbnailKey) {
		if ((imageKey == null) != (thumbnailKey == null)) {
			throw new IllegalArgumentException("An image needs its thumbnail");
		}
		List<String> previous = (this.imageKey != null) ? List.of(this.imageKey, this.thumbnailKey) : List.of();
		this.imageKey = imageKey;
		this.thumbnailKey = thumbnailKey;
		return previous;
	}

	public String getImageKey() {
		return this.imageKey;
	}

	public String getThumbnailKey() {
		return this.thumbnailKey;
	}

	public String getSku() {
		return this.sku;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public int getReorderPoint() {
		return this.reorderPoint;
	}

	public int getReorderQuantity() {
		return this.reorderQuantity;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getBarcode() {
		return this.barcode;
	}

	public Category getCategory() {
		return this.category;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	Set<SupplierOffer> getOffers() {
		return this.offers;
	}

}
