package dev.stockroom.stock;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.stock.ledger.StockLevel;
import dev.stockroom.stock.ledger.StockLevelRepository;

/**
 * Low stock and the reorder suggestion, defined once for the dashboard, the stock levels
 * API ({@code lowStock=true}), the daily reorder check and the purchase orders made from
 * suggestions:
 * <ul>
 * <li>a stock level is <em>low</em> when {@code available <= reorderPoint}, where
 * {@code available = onHand - reserved} (equal to on hand until sales orders reserve
 * stock);</li>
 * <li>its <em>suggested order</em> is
 * {@code max(0, reorderPoint + reorderQuantity - available - onOrder)}, where
 * {@code onOrder} is the open quantity of placed purchase orders into its warehouse
 * ({@link QuantityOnOrder}).</li>
 * </ul>
 * So a level at its reorder point with nothing on order gets one reorder quantity, and
 * the same level with 20 on order gets 20 less: what is coming is not ordered twice.
 */
@Service
@Transactional(readOnly = true)
public class ReorderSuggestions {

	private final StockLevelRepository levels;

	private final ProductService products;

	private final ObjectProvider<QuantityOnOrder> onOrder;

	ReorderSuggestions(StockLevelRepository levels, ProductService products, ObjectProvider<QuantityOnOrder> onOrder) {
		this.levels = levels;
		this.products = products;
		this.onOrder = onOrder;
	}

	/**
	 * @param limit the longest list wanted
	 * @return the low stock levels, those furthest below their reorder point first, each
	 * with its suggestion; the page's total is how many are low in all. Four statements
	 * whatever the limit: the levels, their count, the products, what is on order.
	 */
	public Page<ReorderSuggestion> lowStock(int limit) {
		List<StockLevel> low = this.levels.findMostUrgentLow(Limit.of(limit));
		List<ReorderSuggestion> suggestions = suggest(low.stream().map(StockLevelResponse::of).toList());
		return new PageImpl<>(suggestions, PageRequest.of(0, Math.max(1, limit)), this.levels.countLow());
	}

	/**
	 * @param keys products in warehouses (a user's selection)
	 * @return the suggestion of each that has a stock level, low or not, in no particular
	 * order
	 */
	public List<ReorderSuggestion> of(Collection<ProductInWarehouse> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		Set<Long> productIds = new HashSet<>();
		keys.forEach((key) -> productIds.add(key.productId()));
		Set<ProductInWarehouse> wanted = Set.copyOf(keys);
		List<StockLevelResponse> found = this.levels.findByProductIdIn(productIds)
			.stream()
			.map(StockLevelResponse::of)
			.filter((level) -> wanted.contains(new ProductInWarehouse(level.productId(), level.warehouseId())))
			.toList();
		return suggest(found);
	}

	/**
	 * The one formula, for a level whose figures are known.
	 * @param available on hand less reserved
	 * @param reorderPoint the level's reorder point
	 * @param reorderQuantity the product's reorder quantity
	 * @param onOrder the open quantity of placed purchase orders
	 * @return {@code max(0, reorderPoint + reorderQuantity - available - onOrder)}
	 */
	public static int suggestedOrder(int available, int reorderPoint, int reorderQuantity, int onOrder) {
		return Math.max(0, reorderPoint + reorderQuantity - available - onOrder);
	}

	/**
	 * @param available on hand less reserved
	 * @param reorderPoint the level's reorder point
	 * @return whether the level is low: {@code available <= reorderPoint}
	 */
	public static boolean isLow(int available, int reorderPoint) {
		return available <= reorderPoint;
	}

	private List<ReorderSuggestion> suggest(List<StockLevelResponse> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Set<Long> productIds = new HashSet<>();
		found.forEach((level) -> productIds.add(level.productId()));
		Map<Long, ProductSummary> summaries = this.products.summaries(productIds);
		QuantityOnOrder provider = this.onOrder.getIfAvailable();
		Map<ProductInWarehouse, Integer> coming = (provider != null) ? provider.onOrder(
				found.stream().map((level) -> new ProductInWarehouse(level.productId(), level.warehouseId())).toList())
				: Map.of();
		return found.stream().map((level) -> {
			ProductSummary product = summaries.get(level.productId());
			int ordered = coming.getOrDefault(new ProductInWarehouse(level.productId(), level.warehouseId()), 0);
			int reorderQuantity = (product != null) ? product.reorderQuantity() : 0;
			return new ReorderSuggestion(level, product, ordered, level.suggestedOrder(reorderQuantity, ordered));
		}).toList();
	}

}
