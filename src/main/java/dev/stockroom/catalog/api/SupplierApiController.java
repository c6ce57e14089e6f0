package dev.stockroom.catalog.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierResponse;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;

import static dev.stockroom.platform.csv.CsvExport.column;

/** {@code /api/v1/suppliers}. */
@ApiController("/suppliers")
@Tag(name = "Suppliers",
		description = "The companies products are bought from, with contact details. What a supplier offers for a product "
				+ "(its SKU, unit cost, lead time) is under Products.")
class SupplierApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("name"), "name", "name", "createdAt", "createdAt",
			"updatedAt", "updatedAt");

	static final CsvExport<SupplierResponse> CSV = CsvExport.of(column("id", SupplierResponse::id),
			column("name", SupplierResponse::name), column("email", SupplierResponse::email),
			column("phone", SupplierResponse::phone), column("website", SupplierResponse::website),
			column("active", SupplierResponse::active), column("createdAt", SupplierResponse::createdAt),
			column("updatedAt", SupplierResponse::updatedAt));

	private final SupplierService suppliers;

	SupplierApiController(SupplierService suppliers) {
		this.suppliers = suppliers;
	}

	@GetMapping
	@Operation(operationId = "listSuppliers", summary = "List suppliers",
			description = "Filters: active, q (name). Sort by: name, createdAt, updatedAt. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<SupplierResponse> list(@RequestParam(required = false) Boolean active,
			@RequestParam(required = false) @Size(max = 100) String q, @ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.suppliers.list(active, q, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@RequestParam(required = false) Boolean active,
			@RequestParam(required = false) @Size(max = 100) String q,
			@ParameterObject @Parameter(
					description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "suppliers.csv", SORT.apply(pageable).getSort(),
				(page) -> this.suppliers.list(active, q, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSupplier", summary = "Get a supplier", description = "One supplier by id.")
	SupplierResponse get(@PathVariable long id) {
		return this.suppliers.get(id);
	}

	@PostMapping
	@Operation(operationId = "createSupplier", summary = "Create a supplier", description = "The name must be unique.")
	@ApiResponse(responseCode = "201", description = "Created: the supplier as stored",
			headers = @Header(name = "Location", description = "The new supplier's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-supplier", when = "another supplier has the name")
	ResponseEntity<SupplierResponse> create(@Valid @RequestBody SupplierRequest request) {
		SupplierResponse created = this.suppliers.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateSupplier", summary = "Update a supplier",
			description = "Replaces every field. The body carries the version that was read; if someone changed it since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the supplier changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-supplier", when = "another supplier has the name")
	SupplierResponse update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody SupplierRequest request) {
		return this.suppliers.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSupplier", summary = "Delete a supplier",
			description = "Deletes the supplier and what it offers.")
	void delete(@PathVariable long id) {
		this.suppliers.delete(id);
	}

}
