package dev.stockroom.purchasing.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.purchasing.DraftsFromSuggestionsRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.ReorderSuggestionService;
import dev.stockroom.purchasing.SuggestionResponse;

/**
 * {@code /api/v1/reorder-suggestions}: the low stock levels with what to order, and draft
 * purchase orders made from a selection of them.
 */
@ApiController("/reorder-suggestions")
@Validated
@Tag(name = "Reorder suggestions",
		description = "Low stock (available <= reorderPoint) with the suggested order, "
				+ "max(0, reorderPoint + reorderQuantity - available - onOrder), where onOrder is what placed purchase "
				+ "orders will still bring. Selected suggestions become draft purchase orders, one per supplier and "
				+ "warehouse.")
class ReorderSuggestionApiController {

	private final ReorderSuggestionService suggestions;

	ReorderSuggestionApiController(ReorderSuggestionService suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping
	@Operation(operationId = "listReorderSuggestions", summary = "List reorder suggestions, most urgent first",
			description = "The stock levels at or below their reorder point, furthest below first, at most size "
					+ "(up to 100); totalElements counts every low level.")
	PagedModel<SuggestionResponse> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new PagedModel<>(this.suggestions.lowStock(size));
	}

	@PostMapping("/orders")
	@Operation(operationId = "createOrdersFromSuggestions", summary = "Make draft purchase orders from suggestions",
			description = "One draft per supplier and warehouse: each product is ordered from its preferred offer's "
					+ "supplier, else the cheapest offer's, at that offer's unit cost. A line without quantity orders "
					+ "the current suggestion.")
	@ApiResponse(responseCode = "201", description = "The drafts made", headers = @Header(name = "Location",
			description = "The first draft's URL", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<Drafts> create(@Valid @RequestBody DraftsFromSuggestionsRequest request) {
		List<PurchaseOrderResponse> drafts = this.suggestions.draft(request);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/v1/purchase-orders/{id}")
				.buildAndExpand(drafts.get(0).id())
				.toUri())
			.body(new Drafts(drafts));
	}

	/**
	 * The drafts made from suggestions.
	 *
	 * @param orders one per supplier and warehouse
	 */
	record Drafts(List<PurchaseOrderResponse> orders) {
	}

}
