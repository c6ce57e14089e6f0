package dev.stockroom.stock.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.pages.CrudPages;
import dev.stockroom.stock.MovementFilter;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.WarehouseResponse;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.stock.ledger.StockMovement;
import dev.stockroom.platform.pages.PageLinks;

/**
 * The warehouse pages: list, detail with its stock levels, new and edit, on the same
 * {@link CrudPages} as the catalog's. No delete page: a warehouse that has held stock
 * keeps its ledger and is deactivated instead. The forms post where they always have (a
 * new warehouse to {@code /warehouses}, a change to {@code /warehouses/{id}}), so the two
 * POST handlers are mapped here.
 */
@Controller
@RequestMapping(WarehousePages.PATH)
class WarehousePages extends CrudPages<WarehouseFilter, WarehouseForm, WarehouseResponse> {

	static final String PATH = "/warehouses";

	private static final int LATEST_MOVEMENTS = 10;

	private final WarehouseService warehouses;

	private final StockQueries stock;

	private final StockChoices choices;

	WarehousePages(WarehouseService warehouses, StockQueries stock, StockChoices choices) {
		super(PATH, "stock/warehouse", "warehouse", SortAllowList.of(Sort.by("code"), "code", "code", "name", "name"));
		this.warehouses = warehouses;
		this.stock = stock;
		this.choices = choices;
	}

	@Override
	protected WarehouseFilter emptyFilter() {
		return WarehouseFilter.none();
	}

	@Override
	protected Page<WarehouseResponse> search(WarehouseFilter filter, Pageable pageable) {
		return this.warehouses.list(null, filter.q(), pageable);
	}

	@Override
	protected WarehouseResponse find(long id) {
		return this.warehouses.get(id);
	}

	@Override
	protected WarehouseForm emptyForm() {
		return WarehouseForm.empty();
	}

	@Override
	protected WarehouseForm formOf(WarehouseResponse warehouse) {
		return WarehouseForm.of(warehouse);
	}

	@Override
	protected WarehouseResponse create(WarehouseForm form) {
		return this.warehouses.create(form.toRequest());
	}

	@Override
	protected WarehouseResponse update(long id, WarehouseForm form) {
		return this.warehouses.update(id, form.toRequest());
	}

	@Override
	protected long idOf(WarehouseResponse warehouse) {
		return warehouse.id();
	}

	@Override
	protected String nameOf(WarehouseResponse warehouse) {
		return warehouse.code();
	}

	@Override
	protected String fieldOf(ConflictException conflict) {
		return "duplicate-warehouse".equals(conflict.getProblemType()) ? "code" : null;
	}

	/*
	 * The warehouse's stock levels, paged by the request's own ?page= (CrudPages hands
	 * the details no request, so it is read from Spring's holder of the current one), and
	 * its latest ledger rows.
	 */
	@Override
	protected void addDetails(WarehouseResponse warehouse, Model model) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		Page<StockLevelResponse> levels = this.stock.levels(new StockLevelFilter(null, warehouse.id(), null),
				PageRequest.of(PageLinks.pageNumber(request.getParameter("page")), StockPageController.PAGE_SIZE,
						Sort.by("productId", "id")));
		model.addAttribute("levels", levels);
		model.addAttribute("names", this.choices.levelNames(levels.getContent()));
		Page<StockMovementResponse> latest = this.stock.movements(
				new MovementFilter(null, warehouse.id(), null, null, null),
				PageRequest.of(0, LATEST_MOVEMENTS, StockMovement.NEWEST_FIRST));
		model.addAttribute("movements", latest.getContent());
		model.addAttribute("movementNames", this.choices.names(latest.getContent()));
	}

	@Override
	@PostMapping
	protected String submitNew(@Valid @ModelAttribute("form") WarehouseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return super.submitNew(form, result, model, redirect);
	}

	@Override
	@PostMapping("/{id}")
	protected String submitEdit(@PathVariable long id,
			@Validated(OnUpdate.class) @ModelAttribute("form") WarehouseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return super.submitEdit(id, form, result, model, redirect);
	}

}
