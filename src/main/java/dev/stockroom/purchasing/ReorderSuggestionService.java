package dev.stockroom.purchasing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.stock.ProductInWarehouse;
import dev.stockroom.stock.ReorderSuggestion;
import dev.stockroom.stock.ReorderSuggestions;

/**
 * Reorder suggestions that become orders: the stock module's suggestions (low stock and
 * the suggested quantity are defined there once, with what is on order), and drafts made
 * from a selection of them, one per supplier and warehouse
 * ({@link PurchaseOrderService#draftsFor}).
 */
@Service
@Transactional(readOnly = true)
public class ReorderSuggestionService {

	private final ReorderSuggestions suggestions;

	private final PurchaseOrderService orders;

	ReorderSuggestionService(ReorderSuggestions suggestions, PurchaseOrderService orders) {
		this.suggestions = suggestions;
		this.orders = orders;
	}

	/**
	 * @param limit how many at most
	 * @return the low stock levels, most urgent first, with what to order
	 */
	public Page<SuggestionResponse> lowStock(int limit) {
		return this.suggestions.lowStock(limit).map(SuggestionResponse::of);
	}

	/**
	 * Makes drafts from selected suggestions; a line without a quantity orders its
	 * current suggestion.
	 * @throws InvalidFieldException when a line names no stock level, or has no quantity
	 * and nothing is suggested for it (400)
	 */
	@Transactional
	public List<PurchaseOrderResponse> draft(DraftsFromSuggestionsRequest request) {
		List<ProductInWarehouse> keys = request.lines()
			.stream()
			.map((line) -> new ProductInWarehouse(line.productId(), line.warehouseId()))
			.toList();
		Map<ProductInWarehouse, ReorderSuggestion> current = new HashMap<>();
		this.suggestions.of(keys).forEach((suggestion) -> current.put(suggestion.key(), suggestion));
		List<PurchaseOrderService.SuggestedLine> lines = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			DraftsFromSuggestionsRequest.Line line = request.lines().get(i);
			ReorderSuggestion suggestion = current.get(keys.get(i));
			Integer quantity = line.quantity();
			if (quantity == null) {
				if (suggestion == null || suggestion.suggestedOrder() == 0) {
					throw new InvalidFieldException("lines[" + i + "].quantity",
							"is required: nothing is suggested for this product in this warehouse");
				}
				quantity = suggestion.suggestedOrder();
			}
			lines.add(new PurchaseOrderService.SuggestedLine(line.productId(), line.warehouseId(), quantity));
		}
		return this.orders.draftsFor(lines);
	}

}
