package dev.stockroom.catalog.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.web.ProductPages;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.InvalidQueryException;

import static dev.stockroom.platform.csv.CsvExport.column;

/**
 * The list page's "Export CSV": every product the list's filters select, in its order,
 * not one page, written by platform's {@link CsvExport} as every CSV is. Its columns are
 * the spreadsheet's, not the API's: no timestamps, and tags separated by commas.
 */
@Controller
class ProductCsvExport {

	/**
	 * The columns every CSV of products begins with, the API's ({@code Accept: text/csv})
	 * and this page's: each adds its own tags column, the API its timestamps.
	 */
	static final CsvExport<ProductResponse> FIELDS = CsvExport.of(column("id", ProductResponse::id),
			column("sku", ProductResponse::sku), column("name", ProductResponse::name),
			column("description", ProductResponse::description), column("unit", ProductResponse::unit),
			column("cost", ProductResponse::cost), column("price", ProductResponse::price),
			column("reorderPoint", ProductResponse::reorderPoint),
			column("reorderQuantity", ProductResponse::reorderQuantity), column("active", ProductResponse::active),
			column("barcode", ProductResponse::barcode), column("categoryId", ProductResponse::categoryId));

	private static final CsvExport<ProductResponse> CSV = FIELDS
		.and(column("tags", (product) -> String.join(", ", product.tags())));

	private final ProductService products;

	ProductCsvExport(ProductService products) {
		this.products = products;
	}

	// A filter or sort that does not bind exports what the list then shows: everything,
	// in the default order.
	@GetMapping(ProductPages.PATH + ".csv")
	void export(@Valid @ModelAttribute("filter") ProductFilter filter, BindingResult filterErrors, Sort sort,
			HttpServletResponse response) throws IOException {
		ProductFilter effective = filterErrors.hasErrors() ? ProductFilter.none() : filter;
		CSV.write(response, "products.csv", order(sort), (page) -> this.products.list(effective, page));
	}

	private static Sort order(Sort requested) {
		try {
			return ProductPages.SORT.apply(requested);
		}
		catch (InvalidQueryException ex) {
			return ProductPages.SORT.apply(Sort.unsorted());
		}
	}

}
