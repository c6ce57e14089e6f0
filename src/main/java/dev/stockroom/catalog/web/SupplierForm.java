package dev.stockroom.catalog.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierResponse;
import dev.stockroom.platform.api.OnUpdate;

/**
 * What the supplier form posts: the page's side of {@link SupplierRequest}. Empty
 * optional fields are sent as absent, so the address pattern does not refuse a blank.
 */
record SupplierForm(@NotBlank @Size(max = 200) String name, @Email @Size(max = 254) String email,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()./-]*",
				message = "may contain digits, spaces and + ( ) . / - only") String phone,
		@Size(max = 500) @Pattern(regexp = "|https?://\\S+",
				message = "must be an http or https address") String website,
		Boolean active, @NotNull(groups = OnUpdate.class) Long version) {

	static SupplierForm empty() {
		return new SupplierForm("", "", "", "", true, null);
	}

	static SupplierForm of(SupplierResponse supplier) {
		return new SupplierForm(supplier.name(), supplier.email(), supplier.phone(), supplier.website(),
				supplier.active(), supplier.version());
	}

	SupplierRequest toRequest() {
		return new SupplierRequest(this.name, blankToNull(this.email), blankToNull(this.phone),
				blankToNull(this.website), Boolean.TRUE.equals(this.active), this.version);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
