package dev.stockroom.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.stockroom.platform.AuditableEntity;

/** A company products are bought from. */
@Entity
@Table(name = "suppliers")
class Supplier extends AuditableEntity {

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

	Supplier(SupplierRequest request) {
		update(request);
	}

	void update(SupplierRequest request) {
		this.name = request.name().strip();
		this.email = request.email();
		this.phone = request.phone();
		this.website = request.website();
		this.active = (request.active() == null) || request.active();
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	String getWebsite() {
		return this.website;
	}

	boolean isActive() {
		return this.active;
	}

}
