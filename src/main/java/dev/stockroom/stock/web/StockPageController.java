package dev.stockroom.stock.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.CsvCells;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.ledger.StockMovement;

/**
 * The pages that read stock: the movement history (with its CSV export), the stock
 * levels, and one product's stock across the warehouses. The last lives here, not in the
 * catalog, because the catalog must not depend on stock; the product page links to it.
 */
@Controller
class StockPageController {

	static final int PAGE_SIZE = 50;

	// Rows whose product and warehouse names are looked up together while exporting: a
	// few statements per thousand rows instead of two per row.
	private static final int CSV_BATCH = 500;

	private final StockQueries stock;

	private final ProductService products;

	private final StockChoices choices;

	StockPageController(StockQueries stock, ProductService products, StockChoices choices) {
		this.stock = stock;
		this.products = products;
		this.choices = choices;
	}

	@GetMapping("/stock/movements")
	String movements(@ModelAttribute("search") MovementSearch search, @RequestParam(required = false) String page,
			HttpServletRequest request, Model model) {
		MovementSearch.Parsed parsed = search.parse();
		Page<StockMovementResponse> movements = this.stock.movements(parsed.filter(),
				PageRequest.of(pageNumber(page), PAGE_SIZE, StockMovement.NEWEST_FIRST));
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("types", MovementType.values());
		model.addAttribute("products", this.choices.products(null, parsed.filter().product()));
		model.addAttribute("warehouses", this.choices.allWarehouses());
		model.addAttribute("movements", movements);
		model.addAttribute("names", this.choices.names(movements.getContent()));
		model.addAttribute("pageLinks", PageLinks.of(request, movements));
		model.addAttribute("csvLink", csvLink(request));
		return "stock/movements";
	}

	/**
	 * Every row the filters select, not one page, written while it is read from the
	 * database.
	 */
	@GetMapping("/stock/movements.csv")
	void movementsCsv(@ModelAttribute("search") MovementSearch search, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"movements.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		MovementFilter filter = search.parse().filter();
		// The project's one CSV writer: commons-csv, as in platform's CsvExport.
		CSVPrinter printer = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180);
		printer.printRecord("id", "created_at", "type", "product_id", "sku", "warehouse", "sequence", "quantity_change",
				"resulting_quantity", "reason", "reference", "created_by");
		List<StockMovementResponse> batch = new ArrayList<>(CSV_BATCH);
		this.stock.forEachMovement(filter, StockMovement.NEWEST_FIRST, (movement) -> {
			batch.add(movement);
			if (batch.size() == CSV_BATCH) {
				writeCsv(printer, batch);
			}
		});
		writeCsv(printer, batch);
		printer.flush();
	}

	@GetMapping("/stock/levels")
	String levels(@RequestParam(required = false) String warehouse, @RequestParam(required = false) String lowStock,
			@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
		Long warehouseId = parseId(warehouse);
		boolean low = "true".equals(lowStock);
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(null, warehouseId, low ? true : null),
				PageRequest.of(pageNumber(page), PAGE_SIZE, Sort.by("productId", "id")));
		model.addAttribute("warehouse", warehouseId);
		model.addAttribute("lowStock", low);
		model.addAttribute("warehouses", this.choices.allWarehouses());
		model.addAttribute("levels", levels);
		model.addAttribute("names", this.choices.levelNames(levels.getContent()));
		model.addAttribute("pageLinks", PageLinks.of(request, levels));
		return "stock/levels";
	}

	@GetMapping("/products/{id}/stock")
	String productStock(@PathVariable long id, @RequestParam(required = false) String page, HttpServletRequest request,
			Model model) {
		model.addAttribute("product", this.products.get(id));
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(id, null, null),
				PageRequest.of(0, StockChoices.LIMIT, Sort.by("warehouse.code")));
		Page<StockMovementResponse> movements = this.stock.movements(new MovementFilter(id, null, null, null, null),
				PageRequest.of(pageNumber(page), PAGE_SIZE, StockMovement.NEWEST_FIRST));
		List<Long> warehouseIds = new ArrayList<>(levels.map(StockLevelResponse::warehouseId).getContent());
		movements.forEach((movement) -> {
			warehouseIds.add(movement.warehouseId());
			if (movement.counterpartWarehouseId() != null) {
				warehouseIds.add(movement.counterpartWarehouseId());
			}
		});
		model.addAttribute("levels", levels);
		model.addAttribute("onHand", levels.stream().mapToLong(StockLevelResponse::onHand).sum());
		model.addAttribute("movements", movements);
		model.addAttribute("names",
				new StockChoices.Names(java.util.Map.of(), this.choices.warehousesById(warehouseIds)));
		model.addAttribute("pageLinks", PageLinks.of(request, movements));
		return "stock/product-stock";
	}

	private void writeCsv(CSVPrinter printer, List<StockMovementResponse> batch) {
		if (batch.isEmpty()) {
			return;
		}
		StockChoices.Names names = this.choices.names(batch);
		try {
			for (StockMovementResponse row : batch) {
				printer.printRecord(row.id(), CsvCells.of(row.createdAt().toString()), CsvCells.of(row.type().name()),
						row.productId(), CsvCells.of(names.product(row.productId())),
						CsvCells.of(names.warehouse(row.warehouseId())), row.sequence(), row.quantityChange(),
						row.resultingQuantity(), CsvCells.of(row.reason()), CsvCells.of(row.reference()),
						CsvCells.of(row.createdBy()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batch.clear();
	}

	private static String csvLink(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getContextPath() + "/stock/movements.csv"
				+ ((query != null) ? "?" + query.replaceAll("(^|&)page=[^&]*", "") : "");
	}

	static int pageNumber(String page) {
		try {
			return (page != null) ? Math.max(0, Math.min(Integer.parseInt(page), 100_000)) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	static Long parseId(String value) {
		try {
			return (value != null && !value.isBlank()) ? Long.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
