package dev.stockroom.stock.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.ConflictException;
import dev.stockroom.platform.StaleVersionException;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;

/**
 * The warehouse pages: list, detail with its stock levels, new and edit. Kept plain on
 * purpose; the catalog's reusable list/detail/form piece can take these over later.
 */
@Controller
class WarehouseController {

	private final WarehouseService warehouses;

	private final StockQueries stock;

	private final StockChoices choices;

	WarehouseController(WarehouseService warehouses, StockQueries stock, StockChoices choices) {
		this.warehouses = warehouses;
		this.stock = stock;
		this.choices = choices;
	}

	@GetMapping("/warehouses")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			HttpServletRequest request, Model model) {
		String query = (q != null && q.length() <= 100) ? q : null;
		Page<WarehouseResponse> warehouses = this.warehouses.list(null, query,
				PageRequest.of(StockPageController.pageNumber(page), StockPageController.PAGE_SIZE, Sort.by("code")));
		model.addAttribute("q", query);
		model.addAttribute("warehouses", warehouses);
		model.addAttribute("pageLinks", PageLinks.of(request, warehouses));
		return "stock/warehouses";
	}

	@GetMapping("/warehouses/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String page, HttpServletRequest request,
			Model model) {
		model.addAttribute("warehouse", this.warehouses.get(id));
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(null, id, null), PageRequest
			.of(StockPageController.pageNumber(page), StockPageController.PAGE_SIZE, Sort.by("productId", "id")));
		model.addAttribute("levels", levels);
		model.addAttribute("names", this.choices.levelNames(levels.getContent()));
		model.addAttribute("pageLinks", PageLinks.of(request, levels));
		return "stock/warehouse";
	}

	@GetMapping("/warehouses/new")
	String newForm(Model model) {
		model.addAttribute("form", WarehouseForm.empty());
		return "stock/warehouse-form";
	}

	@PostMapping("/warehouses")
	String create(@Valid @ModelAttribute("form") WarehouseForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "stock/warehouse-form";
		}
		try {
			WarehouseResponse created = this.warehouses.create(form.toRequest());
			redirect.addFlashAttribute("flash", "Warehouse " + created.code() + " created.");
			return "redirect:/warehouses/" + created.id();
		}
		catch (ConflictException ex) {
			result.rejectValue("code", "duplicate", ex.getMessage());
			return "stock/warehouse-form";
		}
	}

	@GetMapping("/warehouses/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		WarehouseResponse warehouse = this.warehouses.get(id);
		model.addAttribute("warehouse", warehouse);
		model.addAttribute("form", WarehouseForm.of(warehouse));
		return "stock/warehouse-form";
	}

	@PostMapping("/warehouses/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") WarehouseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("warehouse", this.warehouses.get(id));
		if (form.version() == null) {
			result.reject("stale", "The form lost the version it was read at: reload the page and try again.");
		}
		if (result.hasErrors()) {
			return "stock/warehouse-form";
		}
		try {
			this.warehouses.update(id, form.toRequest());
			redirect.addFlashAttribute("flash", "Warehouse " + form.code().strip() + " saved.");
			return "redirect:/warehouses/" + id;
		}
		catch (StaleVersionException ex) {
			result.reject("stale", "Someone else changed this warehouse meanwhile: reload the page and try again.");
		}
		catch (ConflictException ex) {
			result.rejectValue("code", "duplicate", ex.getMessage());
		}
		return "stock/warehouse-form";
	}

}
