package dev.stockroom.catalog.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.jpa.AuditableEntity;

/**
 * What one supplier offers for one product: a many-to-many with attributes of its own,
 * Django's {@code through} model. Owned by the product, so it is saved and removed with
 * it.
 */
@Entity
@Table(name = "supplier_offers")
public class SupplierOffer extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "product_id")
	private Product product;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "supplier_id")
	private Supplier supplier;

	@NotBlank
	@Size(max = 64)
	@Column(name = "supplier_sku")
	private String supplierSku;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	@Column(name = "unit_cost")
	private BigDecimal unitCost;

	@PositiveOrZero
	@Column(name = "lead_time_days")
	private int leadTimeDays;

	// The one offer of the product that purchase orders made from suggestions use.
	private boolean preferred;

	protected SupplierOffer() {
	}

	public SupplierOffer(Product product, Supplier supplier) {
		this.product = product;
		this.supplier = supplier;
	}

	public void update(String supplierSku, BigDecimal unitCost, int leadTimeDays) {
		this.supplierSku = supplierSku.strip();
		this.unitCost = unitCost;
		this.leadTimeDays = leadTimeDays;
	}

	public boolean isPreferred() {
		return this.preferred;
	}

	public void setPreferred(boolean preferred) {
		this.preferred = preferred;
	}

	public Product getProduct() {
		return this.product;
	}

	public Supplier getSupplier() {
		return this.supplier;
	}

	public String getSupplierSku() {
		return this.supplierSku;
	}

	public BigDecimal getUnitCost() {
		return this.unitCost;
	}

	public int getLeadTimeDays() {
		return this.leadTimeDays;
	}

}
