package dev.stockroom.purchasing.api;

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
import dev.stockroom.purchasing.PurchaseOrderDocuments;
import dev.stockroom.purchasing.PurchaseOrderFilter;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.purchasing.ReceiptRequest;
import dev.stockroom.purchasing.ReceiptResponse;

import static dev.stockroom.platform.csv.CsvExport.column;

/**
 * {@code /api/v1/purchase-orders}: drafts are created, replaced and deleted; state
 * changes are POSTs ({@code place}, {@code cancel}) answering the order; receipts are
 * POSTs answering 201 with the ledger rows made, safe to retry with an
 * {@code Idempotency-Key}.
 */
@ApiController("/purchase-orders")
@Tag(name = "Purchase orders",
		description = "Orders to suppliers: a draft is written and placed, received in parts (what is not yet received "
				+ "stays open, a backorder) and ends RECEIVED, or is cancelled keeping what was received. Each receipt "
				+ "makes RECEIPT ledger rows whose reference names the order and line.")
class PurchaseOrderApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by(Sort.Direction.DESC, "id"), "id", "id", "number",
			"number", "status", "status", "expectedDate", "expectedDate", "createdAt", "createdAt");

	static final CsvExport<PurchaseOrderResponse> CSV = CsvExport.of(column("id", PurchaseOrderResponse::id),
			column("number", PurchaseOrderResponse::number), column("status", PurchaseOrderResponse::status),
			column("supplierId", PurchaseOrderResponse::supplierId),
			column("warehouseId", PurchaseOrderResponse::warehouseId),
			column("expectedDate", PurchaseOrderResponse::expectedDate),
			column("lines", (order) -> order.lines().size()), column("open", PurchaseOrderResponse::open),
			column("total", PurchaseOrderResponse::total), column("notes", PurchaseOrderResponse::notes),
			column("createdBy", PurchaseOrderResponse::createdBy),
			column("createdAt", PurchaseOrderResponse::createdAt));

	private final PurchaseOrderService orders;

	private final PurchaseOrderDocuments documents;

	private final IdempotentRequests idempotentRequests;

	PurchaseOrderApiController(PurchaseOrderService orders, PurchaseOrderDocuments documents,
			IdempotentRequests idempotentRequests) {
		this.orders = orders;
		this.documents = documents;
		this.idempotentRequests = idempotentRequests;
	}

	@GetMapping
	@Operation(operationId = "listPurchaseOrders", summary = "List purchase orders, newest first",
			description = "Filters: supplier, warehouse (ids), status, q (part of the number). Sort by: id, number, "
					+ "status, expectedDate, createdAt; by default id,desc. At most 100 a page. With Accept: text/csv, "
					+ "every row the filters select, as CSV (page and size ignored).")
	PagedModel<PurchaseOrderResponse> list(@ParameterObject @Valid PurchaseOrderFilter filter,
			@ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.orders.list(filter, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@ParameterObject @Valid PurchaseOrderFilter filter, @ParameterObject @Parameter(
			description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "purchase-orders.csv", SORT.apply(pageable).getSort(),
				(page) -> this.orders.list(filter, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPurchaseOrder", summary = "Get a purchase order",
			description = "The order with its lines: each line's quantity, received, cancelled and open.")
	PurchaseOrderResponse get(@PathVariable long id) {
		return this.orders.get(id);
	}

	@PostMapping
	@Operation(operationId = "createPurchaseOrder", summary = "Create a draft purchase order",
			description = "A line without unitCost takes the supplier's offer for the product.")
	@ApiResponse(responseCode = "201", description = "Created: the draft as stored",
			headers = @Header(name = "Location", description = "The new order's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "supplierId, warehouseId or a line's productId names nothing")
	ResponseEntity<PurchaseOrderResponse> create(@Valid @RequestBody PurchaseOrderRequest request) {
		PurchaseOrderResponse created = this.orders.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updatePurchaseOrder", summary = "Replace a draft purchase order",
			description = "Replaces every field and line of a draft. The body carries the version that was read; if "
					+ "someone changed the order since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the order changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not a draft")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "supplierId, warehouseId or a line's productId names nothing")
	PurchaseOrderResponse update(@PathVariable long id,
			@Validated(OnUpdate.class) @RequestBody PurchaseOrderRequest request) {
		return this.orders.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deletePurchaseOrder", summary = "Delete a draft purchase order",
			description = "Only a draft; a placed order is cancelled instead.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not a draft")
	void delete(@PathVariable long id) {
		this.orders.delete(id);
	}

	@PostMapping("/{id}/place")
	@Operation(operationId = "placePurchaseOrder", summary = "Place a draft purchase order",
			description = "Sends the draft to the supplier: its lines are on order from now.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state",
			when = "the order is not a draft, or has no lines")
	PurchaseOrderResponse place(@PathVariable long id) {
		return this.orders.place(id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelPurchaseOrder", summary = "Cancel a purchase order",
			description = "A draft or an open order: what is open is cancelled, what was received stays received.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is received or cancelled")
	PurchaseOrderResponse cancel(@PathVariable long id) {
		return this.orders.cancel(id);
	}

	@PostMapping("/{id}/receipts")
	@Operation(operationId = "receivePurchaseOrder", summary = "Receive goods against a purchase order",
			description = "Takes any part of any open line into the order's warehouse: one RECEIPT ledger row per line, "
					+ "whose reference names the order and the line. More than a line has open is a 409 and nothing "
					+ "moves. With an Idempotency-Key header, a repeat with the same body replays the first answer "
					+ "(and moves nothing); another body under that key is a 422.")
	@ApiResponse(responseCode = "201", description = "Received: the receipt and the ledger rows it made",
			headers = @Header(name = "Location", description = "The receipt's URL",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ReceiptResponse.class)))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "receipt-exceeds-open",
			when = "a line asks for more than it has open")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "order-state", when = "the order is not placed")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "warehouse-inactive",
			when = "the order's warehouse is inactive")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "idempotency-key-in-flight",
			when = "a request with the same Idempotency-Key is still being processed")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "a lineId is not a line of this order")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "idempotency-key-reused",
			when = "the Idempotency-Key came before with another body")
	ResponseEntity<?> receive(@PathVariable long id,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody ReceiptRequest request) {
		if (key == null) {
			return receipt(id, request);
		}
		return this.idempotentRequests.execute(key, "POST /api/v1/purchase-orders/" + id + "/receipts", request,
				() -> receipt(id, request));
	}

	@GetMapping("/{id}/receipts")
	@Operation(operationId = "listPurchaseOrderReceipts", summary = "List a purchase order's receipts",
			description = "Oldest first, each with the ledger rows it made.")
	List<ReceiptResponse> receipts(@PathVariable long id) {
		return this.orders.receipts(id);
	}

	@GetMapping("/{id}/receipts/{receiptId}")
	@Operation(operationId = "getPurchaseOrderReceipt", summary = "Get a receipt of a purchase order",
			description = "What came in and the ledger rows it made.")
	ReceiptResponse receipt(@PathVariable long id, @PathVariable long receiptId) {
		return this.orders.receipt(id, receiptId);
	}

	@GetMapping(path = "/{id}/pdf", produces = PdfRenderer.APPLICATION_PDF)
	@Operation(operationId = "getPurchaseOrderPdf", summary = "Get a purchase order as PDF",
			description = "The order to send to the supplier: number, supplier, warehouse, lines and total.")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = PdfRenderer.APPLICATION_PDF,
					schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PurchaseOrderResponse order = this.orders.get(id);
		return PdfRenderer.inline(PurchaseOrderDocuments.fileName(order), this.documents.pdf(id));
	}

	private ResponseEntity<ReceiptResponse> receipt(long id, ReceiptRequest request) {
		ReceiptResponse receipt = this.orders.receive(id, request);
		return ResponseEntity.created(Locations.ofCreated(receipt.id())).body(receipt);
	}

}
