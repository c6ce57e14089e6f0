package dev.stockroom.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;

import dev.stockroom.platform.ApiController;
import dev.stockroom.platform.SortAllowList;

/** {@code /api/v1/stock/levels}: read-only; stock changes only through movements. */
@ApiController("/stock/levels")
class StockLevelApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("productId", "warehouse.id"), "onHand", "onHand",
			"productId", "productId", "warehouseId", "warehouse.id", "updatedAt", "updatedAt");

	private final StockService stock;

	StockLevelApiController(StockService stock) {
		this.stock = stock;
	}

	@GetMapping
	@Operation(summary = "List stock levels",
			description = "Filters: product, warehouse, lowStock (on-hand at or below the reorder point). "
					+ "Sort by: onHand, productId, warehouseId, updatedAt. At most 100 a page.")
	PagedModel<StockLevelResponse> list(@ParameterObject StockLevelFilter filter, @ParameterObject @Parameter(
			description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.stock.levels(filter, SORT.apply(pageable)));
	}

}
