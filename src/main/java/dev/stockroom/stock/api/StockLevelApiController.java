package dev.stockroom.stock.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockQueries;

import static dev.stockroom.platform.csv.CsvExport.column;

/** {@code /api/v1/stock/levels}: read-only; stock changes only through movements. */
@ApiController("/stock/levels")
@Tag(name = "Stock levels", description = "What is on hand of each product in each warehouse, what sales orders "
		+ "reserved of it and what is available (on hand less reserved; below zero, a shortage). Read-only: "
		+ "stock changes only through movements and reservations, and on hand always equals the sum of the ledger.")
class StockLevelApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("productId", "warehouse.id"), "onHand", "onHand",
			"productId", "productId", "warehouseId", "warehouse.id", "updatedAt", "updatedAt");

	static final CsvExport<StockLevelResponse> CSV = CsvExport.of(column("id", StockLevelResponse::id),
			column("productId", StockLevelResponse::productId), column("warehouseId", StockLevelResponse::warehouseId),
			column("onHand", StockLevelResponse::onHand), column("reserved", StockLevelResponse::reserved),
			column("available", StockLevelResponse::available), column("shortage", StockLevelResponse::shortage),
			column("reorderPoint", StockLevelResponse::reorderPoint), column("lowStock", StockLevelResponse::lowStock),
			column("updatedAt", StockLevelResponse::updatedAt));

	private final StockQueries stock;

	StockLevelApiController(StockQueries stock) {
		this.stock = stock;
	}

	@GetMapping
	@Operation(operationId = "listStockLevels", summary = "List stock levels",
			description = "Filters: product, warehouse, lowStock (available, on hand less reserved, at or below the reorder "
					+ "point). "
					+ "Sort by: onHand, productId, warehouseId, updatedAt. At most 100 a page. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<StockLevelResponse> list(@ParameterObject StockLevelFilter filter, @ParameterObject @Parameter(
			description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.stock.levels(filter, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@ParameterObject StockLevelFilter filter, @ParameterObject @Parameter(
			description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "stock-levels.csv", SORT.apply(pageable).getSort(),
				(page) -> this.stock.levels(filter, page));
	}

}
