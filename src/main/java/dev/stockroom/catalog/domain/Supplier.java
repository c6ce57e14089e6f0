package dev.stockroom.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.platform.cache.ListTotalsEviction;
import dev.stockroom.platform.jpa.AuditableEntity;

/** A company products are bought from. */
@Entity
@EntityListeners(ListTotalsEviction.class)
@Table(name = "suppliers")
public class Supplier extends AuditableEntity {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 40)
	private String phone;

	@Size(max = 500)
	private String website;

	private boolean active = true;

	protected Supplier() {
	}

	public Supplier(SupplierRequest request) {
		update(request);
	}

	public void update(SupplierRequest request) {
		this.name = request.name().strip();
		this.email = request.email();
		this.phone = request.phone();
		this.website = request.website();
		this.active = (request.active() == null) || request.active();
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWebsite() {
		return this.website;
	}

	public boolean isActive() {
		return this.active;
	}

}
