package dev.stockroom.stock.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.csv.CsvCells;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.ledger.StockMovement;
import dev.stockroom.platform.pages.PageLinks;

import static dev.stockroom.platform.csv.CsvExport.column;

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

	private static final CsvExport<NamedMovement> CSV = CsvExport.of(column("id", (r) -> r.movement().id()),
			column("created_at", (r) -> r.movement().createdAt()), column("type", (r) -> r.movement().type()),
			column("product_id", (r) -> r.movement().productId()),
			column("sku", (r) -> r.names().product(r.movement().productId())),
			column("warehouse", (r) -> r.names().warehouse(r.movement().warehouseId())),
			column("sequence", (r) -> r.movement().sequence()),
			column("quantity_change", (r) -> r.movement().quantityChange()),
			column("resulting_quantity", (r) -> r.movement().resultingQuantity()),
			column("reason", (r) -> r.movement().reason()), column("reference", (r) -> r.movement().reference()),
			column("created_by", (r) -> r.movement().createdBy()));

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
			Model model) {
		MovementSearch.Parsed parsed = search.parse();
		Page<StockMovementResponse> movements = this.stock.movements(parsed.filter(),
				PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE, StockMovement.NEWEST_FIRST));
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("types", MovementType.values());
		model.addAttribute("products", this.choices.products(null, parsed.filter().product()));
		model.addAttribute("warehouses", this.choices.allWarehouses());
		model.addAttribute("movements", movements);
		model.addAttribute("names", this.choices.names(movements.getContent()));
		return "stock/movements";
	}

	/**
	 * Every row the filters select, not one page, written while it is read from the
	 * database through a cursor.
	 */
	@GetMapping("/stock/movements.csv")
	void movementsCsv(@ModelAttribute("search") MovementSearch search, HttpServletResponse response)
			throws IOException {
		MovementFilter filter = search.parse().filter();
		CSV.write(response, "movements.csv", (row) -> {
			List<StockMovementResponse> batch = new ArrayList<>(CSV_BATCH);
			this.stock.forEachMovement(filter, StockMovement.NEWEST_FIRST, (movement) -> {
				batch.add(movement);
				if (batch.size() == CSV_BATCH) {
					named(batch, row);
				}
			});
			named(batch, row);
		});
	}

	@GetMapping("/stock/levels")
	String levels(@RequestParam(required = false) String warehouse, @RequestParam(required = false) String lowStock,
			@RequestParam(required = false) String page, Model model) {
		Long warehouseId = parseId(warehouse);
		boolean low = "true".equals(lowStock);
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(null, warehouseId, low ? true : null),
				PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE, Sort.by("productId", "id")));
		model.addAttribute("warehouse", warehouseId);
		model.addAttribute("lowStock", low);
		model.addAttribute("warehouses", this.choices.allWarehouses());
		model.addAttribute("levels", levels);
		model.addAttribute("names", this.choices.levelNames(levels.getContent()));
		return "stock/levels";
	}

	@GetMapping("/products/{id}/stock")
	String productStock(@PathVariable long id, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("product", this.products.get(id));
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(id, null, null),
				PageRequest.of(0, StockChoices.LIMIT, Sort.by("warehouse.code")));
		Page<StockMovementResponse> movements = this.stock.movements(new MovementFilter(id, null, null, null, null),
				PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE, StockMovement.NEWEST_FIRST));
		model.addAttribute("levels", levels);
		model.addAttribute("onHand", levels.stream().mapToLong(StockLevelResponse::onHand).sum());
		model.addAttribute("movements", movements);
		model.addAttribute("names", this.choices.warehouseNames(levels.getContent(), movements.getContent()));
		return "stock/product-stock";
	}

	private void named(List<StockMovementResponse> batch, Consumer<NamedMovement> row) {
		if (batch.isEmpty()) {
			return;
		}
		StockChoices.Names names = this.choices.names(batch);
		batch.forEach((movement) -> row.accept(new NamedMovement(movement, names)));
		batch.clear();
	}

	static Long parseId(String value) {
		try {
			return (value != null && !value.isBlank()) ? Long.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A ledger row with the names of its batch, for the CSV's SKU and warehouse code. */
	private record NamedMovement(StockMovementResponse movement, StockChoices.Names names) {
	}

}
