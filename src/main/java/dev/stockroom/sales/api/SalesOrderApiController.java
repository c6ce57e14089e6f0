package dev.stockroom.sales.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.api.IdempotentRequests;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.pdf.PdfRenderer;
import dev.stockroom.sales.SalesOrderDocuments;
import dev.stockroom.sales.SalesOrderFilter;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderResponse;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.sales.ShipmentRequest;
import dev.stockroom.sales.ShipmentResponse;

import static dev.stockroom.platform.csv.CsvExport.column;

/**
 * {@code /api/v1/sales-orders}: drafts are created, replaced and deleted; state changes
 * are POSTs ({@code confirm}, {@code cancel}) answering the order; shipments are POSTs
 * answering 201 with the ledger rows made, safe to retry with an {@code Idempotency-Key}.
 */
@ApiController("/sales-orders")
@Tag(name = "Sales orders",
		description = "Orders from customers: a draft is written and confirmed (reserving every line in the order's "
				+ "warehouse, all or nothing), shipped in parts (each shipment makes ISSUE ledger rows from the "
				+ "reserved stock, whose reference names the order and line) and ends SHIPPED, or is cancelled before "
				+ "anything ships, releasing what it reserved.")
class SalesOrderApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by(Sort.Direction.DESC, "id"), "id", "id", "number",
			"number", "status", "status", "customer", "customerName", "createdAt", "createdAt");

	static final CsvExport<SalesOrderResponse> CSV = CsvExport.of(column("id", SalesOrderResponse::id),
			column("number", SalesOrderResponse::number), column("status", SalesOrderResponse::status),
			column("customer", (order) -> order.customer().name()),
			column("email", (order) -> order.customer().email()),
			column("warehouseId", SalesOrderResponse::warehouseId), column("lines", (order) -> order.lines().size()),
			column("reserved", SalesOrderResponse::reserved), column("shipped", SalesOrderResponse::shipped),
			column("total", SalesOrderResponse::total), column("createdBy", SalesOrderResponse::createdBy),
			column("createdAt", SalesOrderResponse::createdAt));

	private final SalesOrderService orders;

	private final SalesOrderDocuments documents;

	private final IdempotentRequests idempotentRequests;

	SalesOrderApiController(SalesOrderService orders, SalesOrderDocuments documents,
			IdempotentRequests idempotentRequests) {
		this.orders = orders;
		this.documents = documents;
		this.idempotentRequests = idempotentRequests;
	}

	@GetMapping
	@Operation(operationId = "listSalesOrders", summary = "List sales orders, newest first",
			description = "Filters: warehouse (id), status, q (part of the number or the customer's name). Sort by: id, "
					+ "number, status, customer, createdAt; by default id,desc. At most 100 a page. With Accept: text/csv, "
					+ "every row the filters select, as CSV (page and size ignored).")
	PagedModel<SalesOrderResponse> list(@ParameterObject @Valid SalesOrderFilter filter, @ParameterObject @Parameter(
			description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.orders.list(filter, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@ParameterObject @Valid SalesOrderFilter filter, @ParameterObject @Parameter(
			description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "sales-orders.csv", SORT.apply(pageable).getSort(),
				(page) -> this.orders.list(filter, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSalesOrder", summary = "Get a sales order",
			description = "The order with its customer and lines: each line's quantity, reserved and shipped.")
	SalesOrderResponse get(@PathVariable long id) {
		return this.orders.get(id);
	}

	@PostMapping
	@Operation(operationId = "createSalesOrder", summary = "Create a draft sales order",
			description = "Nothing is reserved until the draft is confirmed.")
	@ApiResponse(responseCode = "201", description = "Created: the draft as stored",
			headers = @Header(name = "Location", description = "The new order's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "warehouseId or a line's productId names nothing")
	ResponseEntity<SalesOrderResponse> create(@Valid @RequestBody SalesOrderRequest request) {
		SalesOrderResponse created = this.orders.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateSalesOrder", summary = "Replace a draft sales order",
			description = "Replaces the customer, warehouse and every line of a draft. The body carries the version "
					+ "that was read; if someone changed the order since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the order changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not a draft")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "warehouseId or a line's productId names nothing")
	SalesOrderResponse update(@PathVariable long id,
			@Validated(OnUpdate.class) @RequestBody SalesOrderRequest request) {
		return this.orders.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSalesOrder", summary = "Delete a draft sales order",
			description = "Only a draft; a confirmed order is cancelled instead.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not a draft")
	void delete(@PathVariable long id) {
		this.orders.delete(id);
	}

	@PostMapping("/{id}/confirm")
	@Operation(operationId = "confirmSalesOrder", summary = "Confirm a draft sales order",
			description = "Reserves every line's quantity in the order's warehouse, all or nothing: if any level has "
					+ "less available than its line asks, the answer is a 409 naming what is available and reserved, "
					+ "and nothing is reserved.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "insufficient-stock",
			when = "a line asks for more than its stock level has available")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state",
			when = "the order is not a draft, or has no lines")
	SalesOrderResponse confirm(@PathVariable long id) {
		return this.orders.confirm(id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelSalesOrder", summary = "Cancel a sales order",
			description = "A draft or a confirmed order with nothing shipped: what it reserved is released.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state",
			when = "something has shipped, or the order is cancelled already")
	SalesOrderResponse cancel(@PathVariable long id) {
		return this.orders.cancel(id);
	}

	@PostMapping("/{id}/shipments")
	@Operation(operationId = "shipSalesOrder", summary = "Ship goods against a sales order",
			description = "Sends any part of any line still to ship from the order's warehouse: one ISSUE ledger row per "
					+ "line, taken from the line's reservation, whose reference names the order and the line. More than "
					+ "a line has left to ship, or more than the level holds on hand (a recorded shortage), is a 409 and "
					+ "nothing moves. With an Idempotency-Key header, a repeat with the same body replays the first "
					+ "answer (and moves nothing); another body under that key is a 422.")
	@ApiResponse(responseCode = "201", description = "Shipped: the shipment and the ledger rows it made",
			headers = @Header(name = "Location", description = "The shipment's URL",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ShipmentResponse.class)))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "shipment-exceeds-reserved",
			when = "a line asks for more than it has left to ship")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "insufficient-stock",
			when = "the level holds less on hand than the shipment takes (a shortage)")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not confirmed")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "idempotency-key-in-flight",
			when = "a request with the same Idempotency-Key is still being processed")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "a lineId is not a line of this order")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "idempotency-key-reused",
			when = "the Idempotency-Key came before with another body")
	ResponseEntity<?> ship(@PathVariable long id,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody ShipmentRequest request) {
		if (key == null) {
			return shipment(id, request);
		}
		return this.idempotentRequests.execute(key, "POST /api/v1/sales-orders/" + id + "/shipments", request,
				() -> shipment(id, request));
	}

	@GetMapping("/{id}/shipments")
	@Operation(operationId = "listSalesOrderShipments", summary = "List a sales order's shipments",
			description = "Oldest first, each with the ledger rows it made.")
	List<ShipmentResponse> shipments(@PathVariable long id) {
		return this.orders.shipments(id);
	}

	@GetMapping("/{id}/shipments/{shipmentId}")
	@Operation(operationId = "getSalesOrderShipment", summary = "Get a shipment of a sales order",
			description = "What went and the ledger rows it made.")
	ShipmentResponse shipment(@PathVariable long id, @PathVariable long shipmentId) {
		return this.orders.shipment(id, shipmentId);
	}

	@GetMapping(path = "/{id}/packing-slip", produces = PdfRenderer.APPLICATION_PDF)
	@Operation(operationId = "getSalesOrderPackingSlip", summary = "Get a sales order's packing slip as PDF",
			description = "What goes in the box: number, customer and address, warehouse, and each line's product, "
					+ "quantity ordered and shipped.")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = PdfRenderer.APPLICATION_PDF,
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> packingSlip(@PathVariable long id) {
		SalesOrderResponse order = this.orders.get(id);
		return PdfRenderer.inline(SalesOrderDocuments.fileName(order), this.documents.packingSlip(order));
	}

	private ResponseEntity<ShipmentResponse> shipment(long id, ShipmentRequest request) {
		ShipmentResponse shipment = this.orders.ship(id, request);
		return ResponseEntity.created(Locations.ofCreated(shipment.id())).body(shipment);
	}

}
