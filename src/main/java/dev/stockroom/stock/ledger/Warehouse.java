package dev.stockroom.stock.ledger;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.cache.ListTotalsEviction;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.jpa.AuditableEntity;
import dev.stockroom.stock.WarehouseRequest;

/**
 * A place stock is kept. An inactive warehouse keeps its history but takes no movements.
 */
@Entity
@EntityListeners(ListTotalsEviction.class)
@Table(name = "warehouses")
public class Warehouse extends AuditableEntity {

	@NotBlank
	@Size(max = 20)
	private String code;

	@NotBlank
	@Size(max = 100)
	private String name;

	@Size(max = 500)
	private String address;

	private boolean active = true;

	protected Warehouse() {
	}

	public Warehouse(WarehouseRequest request) {
		update(request);
	}

	public void update(WarehouseRequest request) {
		this.code = request.code().strip().toUpperCase(Locale.ROOT);
		this.name = request.name().strip();
		this.address = request.address();
		this.active = request.active() == null || request.active();
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public boolean isActive() {
		return this.active;
	}

	/**
	 * @return this warehouse, when it takes movements and reservations
	 * @throws ConflictException when it is inactive (409)
	 */
	public Warehouse requireActive() {
		if (!this.active) {
			throw new ConflictException("warehouse-inactive",
					"Warehouse " + this.code + " is inactive and takes no movements");
		}
		return this;
	}

}
