package dev.stockroom.sales;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who a sales order is for, as the request carries it and the answer shows it.
 *
 * @param name the customer's name, required
 * @param email where to write to them, if known
 * @param address where the goods go, if known
 */
public record Customer(@NotBlank @Size(max = 200) String name, @Email @Size(max = 254) String email,
		@Size(max = 1000) String address) {
}
