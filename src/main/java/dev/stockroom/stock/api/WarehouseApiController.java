package dev.stockroom.stock.api;

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

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

import static dev.stockroom.platform.csv.CsvExport.column;

/** {@code /api/v1/warehouses}. */
@ApiController("/warehouses")
@Tag(name = "Warehouses",
		description = "The places stock is kept. Each product has a stock level per warehouse; an inactive warehouse "
				+ "takes no new movements.")
class WarehouseApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("code"), "code", "code", "name", "name", "createdAt",
			"createdAt", "updatedAt", "updatedAt");

	static final CsvExport<WarehouseResponse> CSV = CsvExport.of(column("id", WarehouseResponse::id),
			column("code", WarehouseResponse::code), column("name", WarehouseResponse::name),
			column("address", WarehouseResponse::address), column("active", WarehouseResponse::active),
			column("createdAt", WarehouseResponse::createdAt), column("updatedAt", WarehouseResponse::updatedAt));

	private final WarehouseService warehouses;

	WarehouseApiController(WarehouseService warehouses) {
		this.warehouses = warehouses;
	}

	@GetMapping
	@Operation(operationId = "listWarehouses", summary = "List warehouses",
			description = "Filters: active, q (code or name). Sort by: code, name, createdAt, updatedAt. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<WarehouseResponse> list(@RequestParam(required = false) Boolean active,
			@RequestParam(required = false) @Size(max = 100) String q, @ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.warehouses.list(active, q, SORT.apply(pageable)));
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
		CSV.write(response, "warehouses.csv", SORT.apply(pageable).getSort(),
				(page) -> this.warehouses.list(active, q, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getWarehouse", summary = "Get a warehouse", description = "One warehouse by id.")
	WarehouseResponse get(@PathVariable long id) {
		return this.warehouses.get(id);
	}

	@PostMapping
	@Operation(operationId = "createWarehouse", summary = "Create a warehouse",
			description = "The code must be unique.")
	@ApiResponse(responseCode = "201", description = "Created: the warehouse as stored",
			headers = @Header(name = "Location", description = "The new warehouse's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-warehouse", when = "another warehouse has the code")
	ResponseEntity<WarehouseResponse> create(@Valid @RequestBody WarehouseRequest request) {
		WarehouseResponse created = this.warehouses.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateWarehouse", summary = "Update a warehouse",
			description = "Replaces every field. The body carries the version that was read; if someone changed it since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the warehouse changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-warehouse", when = "another warehouse has the code")
	WarehouseResponse update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody WarehouseRequest request) {
		return this.warehouses.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteWarehouse", summary = "Delete a warehouse",
			description = "Only a warehouse without stock or movement history; deactivate one that has it (active=false).")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "warehouse-in-use",
			when = "the warehouse has stock or movement history (deactivate it instead)")
	void delete(@PathVariable long id) {
		this.warehouses.delete(id);
	}

}
