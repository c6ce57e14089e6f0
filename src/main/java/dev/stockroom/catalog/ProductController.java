package dev.stockroom.catalog;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The product list page: search by SKU or name. Every value is written with
 * {@code th:text}, which escapes it, so a name such as {@code <script>} shows as text.
 * The website issue grows this into the full catalog pages.
 */
@Controller
class ProductController {

	private final ProductService products;

	ProductController(ProductService products) {
		this.products = products;
	}

	@GetMapping("/products")
	// A query longer than the API allows is ignored rather than refused: a page has no
	// 400.
	String list(@RequestParam(required = false) String q, Model model) {
		String query = (q != null && q.length() <= 100) ? q : null;
		model.addAttribute("q", query);
		model.addAttribute("products",
				this.products.list(new ProductFilter(null, null, query), PageRequest.of(0, 50, Sort.by("sku"))));
		return "catalog/products";
	}

}
