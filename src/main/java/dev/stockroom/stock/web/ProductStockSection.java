package dev.stockroom.stock.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import dev.stockroom.catalog.ProductDetailSection;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.ledger.StockMovement;

/**
 * The product detail page's stock section: on hand per warehouse and the latest
 * movements, with a link to the product's full stock page. Shown to whoever may read
 * stock ({@code warehouse.view}), as the stock pages are.
 */
@Component
class ProductStockSection implements ProductDetailSection {

	private static final int LATEST = 10;

	private final StockQueries stock;

	private final StockChoices choices;

	private final CurrentUser currentUser;

	ProductStockSection(StockQueries stock, StockChoices choices, CurrentUser currentUser) {
		this.stock = stock;
		this.choices = choices;
		this.currentUser = currentUser;
	}

	@Override
	public String template() {
		return "stock/product-stock-section";
	}

	@Override
	public Optional<Map<String, Object>> data(long productId) {
		if (!this.currentUser.permissions().contains(PermissionCode.WAREHOUSE_VIEW.code())) {
			return Optional.empty();
		}
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(productId, null, null),
				PageRequest.of(0, StockChoices.LIMIT, Sort.by("warehouse.code")));
		Page<StockMovementResponse> latest = this.stock.movements(new MovementFilter(productId, null, null, null, null),
				PageRequest.of(0, LATEST, StockMovement.NEWEST_FIRST));
		return Optional.of(Map.of("productId", productId, "levels", levels.getContent(), "movements",
				latest.getContent(), "onHand", levels.stream().mapToLong(StockLevelResponse::onHand).sum(), "names",
				this.choices.warehouseNames(levels.getContent(), latest.getContent())));
	}

}
