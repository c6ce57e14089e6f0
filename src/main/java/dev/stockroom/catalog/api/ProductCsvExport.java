package dev.stockroom.catalog.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.web.ProductPages;
import dev.stockroom.platform.csv.CsvCells;
import dev.stockroom.platform.error.InvalidQueryException;

/**
 * The list page's "Export CSV": every product the list's filters select, in its order,
 * not one page. Rows are read a batch at a time and written as they come, so a large
 * catalog never sits in memory; text cells are neutralised against formula injection
 * ({@link CsvCells}).
 */
@Controller
class ProductCsvExport {

	private static final int BATCH = 500;

	private static final String[] HEADER = { "id", "sku", "name", "description", "unit", "cost", "price",
			"reorderPoint", "reorderQuantity", "active", "barcode", "categoryId", "tags" };

	private final ProductService products;

	ProductCsvExport(ProductService products) {
		this.products = products;
	}

	@GetMapping(ProductPages.PATH + ".csv")
	void export(@Valid @ModelAttribute("filter") ProductFilter filter, BindingResult filterErrors, Sort sort,
			HttpServletResponse response) throws IOException {
		ProductFilter effective = filterErrors.hasErrors() ? ProductFilter.none() : filter;
		// The first batch is read before anything is written, so that a query that fails
		// at once still gets its error page; a failure later, with the file under way,
		// reaches the container, which breaks the connection.
		Pageable batch = PageRequest.of(0, BATCH, order(sort));
		Page<ProductResponse> page = this.products.list(effective, batch);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("products.csv").build().toString());
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
				CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			while (true) {
				for (ProductResponse product : page) {
					csv.printRecord(row(product));
				}
				if (!page.hasNext()) {
					break;
				}
				batch = batch.next();
				page = this.products.list(effective, batch);
			}
		}
	}

	// Each batch is its own short read rather than one
	// transaction held open while a slow client downloads;
	// the id as the last sort key gives every row one place in the order.
	private static Sort order(Sort requested) {
		try {
			return ProductPages.SORT.apply(requested);
		}
		catch (InvalidQueryException ex) {
			return ProductPages.SORT.apply(Sort.unsorted());
		}
	}

	private static Object[] row(ProductResponse product) {
		Object[] values = { product.id(), product.sku(), product.name(), product.description(), product.unit(),
				product.cost(), product.price(), product.reorderPoint(), product.reorderQuantity(), product.active(),
				product.barcode(), product.categoryId(), String.join(", ", product.tags()) };
		for (int i = 0; i < values.length; i++) {
			values[i] = CsvCells.of(values[i]);
		}
		return values;
	}

}
