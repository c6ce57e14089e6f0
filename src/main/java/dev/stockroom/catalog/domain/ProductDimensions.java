package dev.stockroom.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Positive;

/**
 * A product's shipping dimensions: a one-to-one (Django's {@code OneToOneField}) that
 * shares the product's primary key through {@link MapsId}.
 *
 * <p>
 * Mapped from this side only, on purpose: Hibernate cannot load the inverse side of a
 * one-to-one lazily (it has to query to learn whether the row exists), so a
 * {@code Product.dimensions} field would add one query per product to every product list.
 * Dimensions are read by product id when they are wanted.
 */
@Entity
@Table(name = "product_dimensions")
public class ProductDimensions {

	@Id
	@Column(name = "product_id")
	private Long productId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@Positive
	@Column(name = "weight_grams")
	private int weightGrams;

	@Positive
	@Column(name = "length_mm")
	private int lengthMm;

	@Positive
	@Column(name = "width_mm")
	private int widthMm;

	@Positive
	@Column(name = "height_mm")
	private int heightMm;

	protected ProductDimensions() {
	}

	public ProductDimensions(Product product) {
		this.product = product;
	}

	public void measure(int weightGrams, int lengthMm, int widthMm, int heightMm) {
		this.weightGrams = weightGrams;
		this.lengthMm = lengthMm;
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public Long getProductId() {
		return this.productId;
	}

	public int getWeightGrams() {
		return this.weightGrams;
	}

	public int getLengthMm() {
		return this.lengthMm;
	}

	public int getWidthMm() {
		return this.widthMm;
	}

	public int getHeightMm() {
		return this.heightMm;
	}

}
