package dev.stockroom.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.stockroom.platform.ApiController;
import dev.stockroom.platform.Locations;
import dev.stockroom.platform.OnUpdate;
import dev.stockroom.platform.SortAllowList;

/**
 * {@code /api/v1/products}: the REST counterpart of a DRF ModelViewSet, written out as
 * one controller method per action so each reads on its own.
 */
@ApiController("/products")
class ProductApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("sku"), "sku", "sku", "name", "name", "price", "price",
			"cost", "cost", "reorderPoint", "reorderPoint", "createdAt", "createdAt", "updatedAt", "updatedAt");

	private final ProductService products;

	private final SupplierService suppliers;

	ProductApiController(ProductService products, SupplierService suppliers) {
		this.products = products;
		this.suppliers = suppliers;
	}

	@GetMapping
	@Operation(summary = "List products",
			description = "Filters: category (id, sub-categories included), active, q (SKU or name). "
					+ "Sort by: sku, name, price, cost, reorderPoint, createdAt, updatedAt. At most 100 a page.")
	PagedModel<ProductResponse> list(@ParameterObject @Valid ProductFilter filter, @ParameterObject @Parameter(
			description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.products.list(filter, SORT.apply(pageable)));
	}

	@GetMapping("/{id}")
	ProductResponse get(@PathVariable long id) {
		return this.products.get(id);
	}

	@PostMapping
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
		ProductResponse created = this.products.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	ProductResponse update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody ProductRequest request) {
		return this.products.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.products.delete(id);
	}

	@GetMapping("/{id}/dimensions")
	@Operation(summary = "The product's shipping dimensions (404 until they are recorded)")
	ProductDimensionsResponse dimensions(@PathVariable long id) {
		return this.products.dimensions(id);
	}

	@PutMapping("/{id}/dimensions")
	ProductDimensionsResponse measure(@PathVariable long id, @Valid @RequestBody ProductDimensionsRequest request) {
		return this.products.measure(id, request);
	}

	@GetMapping("/{id}/offers")
	@Operation(summary = "What each supplier offers for the product, cheapest first")
	List<SupplierOfferResponse> offers(@PathVariable long id) {
		return this.suppliers.offers(id);
	}

	@PutMapping("/{id}/offers/{supplierId}")
	SupplierOfferResponse putOffer(@PathVariable long id, @PathVariable long supplierId,
			@Valid @RequestBody SupplierOfferRequest request) {
		return this.suppliers.putOffer(id, supplierId, request);
	}

	@DeleteMapping("/{id}/offers/{supplierId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteOffer(@PathVariable long id, @PathVariable long supplierId) {
		this.suppliers.deleteOffer(id, supplierId);
	}

}
