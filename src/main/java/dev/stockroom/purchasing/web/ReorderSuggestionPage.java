package dev.stockroom.purchasing.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.purchasing.DraftsFromSuggestionsRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.ReorderSuggestionService;
import dev.stockroom.purchasing.SuggestionResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * The reorder suggestions page: the low stock levels, most urgent first, with what is on
 * order and what to order; ticking some and pressing "Create purchase orders" makes one
 * draft per supplier and warehouse.
 */
@Controller
@RequestMapping(ReorderSuggestionPage.PATH)
class ReorderSuggestionPage {

	static final String PATH = "/reorder-suggestions";

	static final int ROWS = 100;

	private final ReorderSuggestionService suggestions;

	private final WarehouseService warehouses;

	ReorderSuggestionPage(ReorderSuggestionService suggestions, WarehouseService warehouses) {
		this.suggestions = suggestions;
		this.warehouses = warehouses;
	}

	@GetMapping
	String list(Model model) {
		var page = this.suggestions.lowStock(ROWS);
		Set<Long> warehouseIds = new HashSet<>();
		page.forEach((suggestion) -> warehouseIds.add(suggestion.warehouseId()));
		model.addAttribute("suggestions", page);
		model.addAttribute("warehouseNames", this.warehouses.byIds(warehouseIds));
		return "purchasing/suggestions";
	}

	/**
	 * The ticked suggestions, each named {@code productId:warehouseId}, ordered at their
	 * current suggestion.
	 */
	@PostMapping
	String create(@RequestParam(name = "selected", required = false) List<String> selected, Model model,
			RedirectAttributes redirect) {
		List<DraftsFromSuggestionsRequest.Line> lines = new ArrayList<>();
		for (String key : (selected != null) ? selected : List.<String>of()) {
			String[] parts = key.split(":", 2);
			try {
				lines.add(new DraftsFromSuggestionsRequest.Line(Long.valueOf(parts[0]), Long.valueOf(parts[1]), null));
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				// Not one of the page's checkboxes: ignored.
			}
		}
		if (lines.isEmpty()) {
			redirect.addFlashAttribute("flashError", "Tick at least one suggestion to order.");
			return "redirect:" + PATH;
		}
		try {
			List<PurchaseOrderResponse> drafts = this.suggestions.draft(new DraftsFromSuggestionsRequest(lines));
			redirect.addFlashAttribute("flash", "Created " + drafts.size() + " draft purchase order(s): "
					+ String.join(", ", drafts.stream().map(PurchaseOrderResponse::number).toList()));
			return "redirect:" + PurchaseOrderPages.PATH + "?status=DRAFT";
		}
		catch (InvalidFieldException ex) {
			redirect.addFlashAttribute("flashError", String.join(" ", ex.getMessages()));
			return "redirect:" + PATH;
		}
	}

	/** How the page's checkbox names a suggestion. */
	static String key(SuggestionResponse suggestion) {
		return suggestion.productId() + ":" + suggestion.warehouseId();
	}

}
