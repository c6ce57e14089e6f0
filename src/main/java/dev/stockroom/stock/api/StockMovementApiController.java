package dev.stockroom.stock.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.api.IdempotentRequests;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.IdempotentRequests;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementResult;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.ledger.StockMovement;

import static dev.stockroom.platform.csv.CsvExport.column;

/**
 * {@code /api/v1/stock/movements}: the ledger can be read and appended to, nothing else
 * (PUT, PATCH and DELETE answer 405). A POST may carry an {@code Idempotency-Key} so that
 * a client can retry it safely after a timeout.
 */
@ApiController("/stock/movements")
@Tag(name = "Stock movements",
		description = "The ledger: every receipt, issue, transfer, adjustment and "
				+ "count, with who, when, why, the change and the resulting quantity. Rows are appended, never "
				+ "changed or deleted (PUT, PATCH and DELETE answer 405).")
class StockMovementApiController {

	static final SortAllowList SORT = SortAllowList.of(StockMovement.NEWEST_FIRST, "createdAt", "createdAt", "sequence",
			"sequenceNo", "quantityChange", "quantityChange", "productId", "productId", "warehouseId", "warehouseId");

	static final CsvExport<StockMovementResponse> CSV = CsvExport.of(column("id", StockMovementResponse::id),
			column("type", StockMovementResponse::type), column("productId", StockMovementResponse::productId),
			column("warehouseId", StockMovementResponse::warehouseId),
			column("sequence", StockMovementResponse::sequence),
			column("quantityChange", StockMovementResponse::quantityChange),
			column("resultingQuantity", StockMovementResponse::resultingQuantity),
			column("reason", StockMovementResponse::reason), column("reference", StockMovementResponse::reference),
			column("transferId", StockMovementResponse::transferId),
			column("counterpartWarehouseId", StockMovementResponse::counterpartWarehouseId),
			column("createdBy", StockMovementResponse::createdBy),
			column("createdAt", StockMovementResponse::createdAt));

	private static final String OPERATION = "POST /api/v1/stock/movements";

	private static final String RECEIPT = """
			{"type": "RECEIPT", "productId": 1, "warehouseId": 1, "quantity": 250,
			"reason": "Delivery from Nordic Fasteners", "reference": "DN-2026-0412"}""";

	private static final String ISSUE = """
			{"type": "ISSUE", "productId": 1, "warehouseId": 1, "quantity": 40,
			"reason": "Picked for order", "reference": "SO-10234"}""";

	private static final String TRANSFER = """
			{"type": "TRANSFER", "productId": 1, "warehouseId": 1, "targetWarehouseId": 2,
			"quantity": 100, "reason": "Restock the branch"}""";

	private static final String ADJUSTMENT = """
			{"type": "ADJUSTMENT", "productId": 1, "warehouseId": 1, "quantity": -3,
			"reason": "Damaged in handling"}""";

	private static final String COUNT = """
			{"type": "COUNT", "productId": 1, "warehouseId": 1, "quantity": 212,
			"reason": "Quarterly stocktake"}""";

	private final StockQueries stock;

	private final StockLedger ledger;

	private final IdempotentRequests idempotentRequests;

	private final CurrentUser currentUser;

	StockMovementApiController(StockQueries stock, StockLedger ledger, IdempotentRequests idempotentRequests,
			CurrentUser currentUser) {
		this.stock = stock;
		this.ledger = ledger;
		this.idempotentRequests = idempotentRequests;
		this.currentUser = currentUser;
	}

	@GetMapping
	@Operation(operationId = "listMovements", summary = "List ledger rows, newest first",
			description = "Filters: product, warehouse, type, from and to (ISO-8601 instant or date; to is exclusive "
					+ "for an instant and includes the whole day for a date). "
					+ "Sort by: createdAt, sequence, quantityChange, productId, warehouseId; by default createdAt,desc "
					+ "then sequence,desc. At most 100 a page. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<StockMovementResponse> list(@RequestParam(required = false) Long product,
			@RequestParam(required = false) Long warehouse, @RequestParam(required = false) MovementType type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		MovementFilter filter = new MovementFilter(product, warehouse, type, TimeBound.from(from), TimeBound.to(to));
		return new PagedModel<>(this.stock.movements(filter, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@RequestParam(required = false) Long product, @RequestParam(required = false) Long warehouse,
			@RequestParam(required = false) MovementType type, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to,
			@ParameterObject @Parameter(
					description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		MovementFilter filter = new MovementFilter(product, warehouse, type, TimeBound.from(from), TimeBound.to(to));
		CSV.write(response, "stock-movements.csv", SORT.apply(pageable).getSort(),
				(page) -> this.stock.movements(filter, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getMovement", summary = "Get a ledger row", description = "One row of the ledger by id.")
	StockMovementResponse get(@PathVariable long id) {
		return this.stock.movement(id);
	}

	@PostMapping
	@Operation(operationId = "createMovement", summary = "Record a movement",
			description = "Answers 201 with the ledger rows made (two for a transfer). quantity is above 0 for "
					+ "RECEIPT, ISSUE and TRANSFER, signed and non-zero for ADJUSTMENT (which needs a reason), "
					+ "and the counted quantity (0 or more) for COUNT; targetWarehouseId is for a TRANSFER only. "
					+ "Each type needs its own permission. With an Idempotency-Key header, a repeat with the "
					+ "same body replays the first answer (and moves nothing); another body under that key is a 422.")
	@ApiResponse(responseCode = "201", description = "Recorded: the ledger rows made",
			headers = @Header(name = "Location", description = "The URL of the first ledger row made",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = MovementResult.class)))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "insufficient-stock",
			when = "an issue or transfer asks for more than is on hand")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "warehouse-inactive", when = "a warehouse is inactive")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "quantity-overflow",
			when = "the resulting quantity would be beyond what a level can hold")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "idempotency-key-in-flight",
			when = "a request with the same Idempotency-Key is still being processed")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "productId, warehouseId or targetWarehouseId names nothing")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "idempotency-key-reused",
			when = "the Idempotency-Key came before with another body")
	// One example body per type (OpenAPI's RequestBody, named in full beside Spring's).
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = MovementRequest.class),
			examples = { @ExampleObject(name = "RECEIPT", summary = "Goods received", value = RECEIPT),
					@ExampleObject(name = "ISSUE", summary = "Goods taken out", value = ISSUE),
					@ExampleObject(name = "TRANSFER", summary = "Moved to another warehouse", value = TRANSFER),
					@ExampleObject(name = "ADJUSTMENT", summary = "Corrected by a signed quantity", value = ADJUSTMENT),
					@ExampleObject(name = "COUNT", summary = "Set to what was counted", value = COUNT) }))
	ResponseEntity<?> create(@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			@Valid @RequestBody MovementRequest request) {
		// The matrix let in anyone who may post some movement; this one needs its type's
		// permission. Checked before the idempotency key is taken, so a refused request
		// leaves nothing behind.
		if (!this.currentUser.permissions().contains(request.type().permission().code())) {
			throw new AccessDeniedException("Needs the permission for " + request.type() + " movements");
		}
		if (key == null) {
			return record(request);
		}
		return this.idempotentRequests.execute(key, OPERATION, request, () -> record(request));
	}

	private ResponseEntity<MovementResult> record(MovementRequest request) {
		MovementResult result = this.ledger.record(request);
		return ResponseEntity.created(Locations.ofCreated(result.movements().get(0).id())).body(result);
	}

}
