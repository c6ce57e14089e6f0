package dev.stockroom.sales.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.pages.CrudPages;
import dev.stockroom.platform.pdf.PdfRenderer;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderDocuments;
import dev.stockroom.sales.SalesOrderFilter;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderResponse;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.sales.SalesOrderStatus;
import dev.stockroom.sales.ShipmentLineRequest;
import dev.stockroom.sales.ShipmentRequest;
import dev.stockroom.sales.ShipmentResponse;
import dev.stockroom.sales.domain.ShipmentExceedsReservedException;
import dev.stockroom.stock.WarehouseService;

/**
 * The sales order pages on {@link CrudPages}: list (filters by warehouse and state,
 * search by number or customer), detail with the ship form and the actions the user may
 * take as buttons, the draft forms and the delete confirmation; plus the state changes
 * (confirm, cancel, ship) as POSTs and the packing slip, made from the detail page's own
 * fragment.
 */
@Controller
@RequestMapping(SalesOrderPages.PATH)
class SalesOrderPages extends CrudPages.WithDelete<SalesOrderFilter, SalesOrderForm, SalesOrderResponse> {

	static final String PATH = "/sales-orders";

	private static final String DETAIL = "sales/order-detail";

	// Bounded as the other pages' warehouse choices are.
	private static final int WAREHOUSE_CHOICES = 200;

	private final SalesOrderService orders;

	private final SalesOrderDocuments documents;

	private final ProductService products;

	private final WarehouseService warehouses;

	SalesOrderPages(SalesOrderService orders, SalesOrderDocuments documents, ProductService products,
			WarehouseService warehouses) {
		super(PATH, "sales/order", "sales order", SortAllowList.of(Sort.by(Sort.Direction.DESC, "id"), "number",
				"number", "status", "status", "customer", "customerName", "id", "id"));
		this.orders = orders;
		this.documents = documents;
		this.products = products;
		this.warehouses = warehouses;
	}

	@Override
	protected SalesOrderFilter emptyFilter() {
		return SalesOrderFilter.none();
	}

	@Override
	protected Page<SalesOrderResponse> search(SalesOrderFilter filter, Pageable pageable) {
		return this.orders.list(filter, pageable);
	}

	// The warehouse names of the whole page in one query.
	@Override
	protected Page<SalesOrderResponse> searchList(SalesOrderFilter filter, Pageable pageable, Model model) {
		Page<SalesOrderResponse> page = search(filter, pageable);
		Set<Long> warehouseIds = new HashSet<>();
		page.forEach((order) -> warehouseIds.add(order.warehouseId()));
		model.addAttribute("warehouseNames", this.warehouses.byIds(warehouseIds));
		return page;
	}

	@Override
	protected void addChoices(Model model) {
		Map<Long, String> options = new LinkedHashMap<>();
		this.warehouses.list(null, null, PageRequest.of(0, WAREHOUSE_CHOICES, Sort.by("code")))
			.forEach((warehouse) -> options.put(warehouse.id(), warehouse.code() + " · " + warehouse.name()));
		model.addAttribute("warehouses", options);
		model.addAttribute("statuses", SalesOrderStatus.values());
	}

	@Override
	protected SalesOrderResponse find(long id) {
		return this.orders.get(id);
	}

	@Override
	protected SalesOrderForm emptyForm() {
		return SalesOrderForm.empty();
	}

	@Override
	protected SalesOrderForm formOf(SalesOrderResponse order) {
		Set<Long> productIds = new HashSet<>();
		order.lines().forEach((line) -> productIds.add(line.productId()));
		Map<Long, ProductSummary> found = this.products.summaries(productIds);
		return SalesOrderForm.of(order, (id) -> (found.get(id) != null) ? found.get(id).sku() : Long.toString(id));
	}

	@Override
	protected SalesOrderResponse create(SalesOrderForm form) {
		return this.orders.create(request(form));
	}

	@Override
	protected SalesOrderResponse update(long id, SalesOrderForm form) {
		return this.orders.update(id, request(form));
	}

	@Override
	protected void delete(long id) {
		this.orders.delete(id);
	}

	@Override
	protected long idOf(SalesOrderResponse order) {
		return order.id();
	}

	@Override
	protected String nameOf(SalesOrderResponse order) {
		return order.number();
	}

	@Override
	protected void addDetails(SalesOrderResponse order, Model model) {
		model.addAttribute("doc", this.documents.document(order));
		if (!model.containsAttribute("shipForm")) {
			model.addAttribute("shipForm", ShipForm.of(order));
		}
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, redirect, () -> this.orders.confirm(id), "Confirmed");
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, redirect, () -> this.orders.cancel(id), "Cancelled");
	}

	/*
	 * The shipment's errors go beside the lines they are about (a quantity beyond what is
	 * left to ship, a quantity that is not a number), or above the form when the level
	 * refuses (a shortage), on the order's page shown again: nothing moved.
	 */
	@PostMapping("/{id}/ship")
	String ship(@PathVariable long id, @Valid @ModelAttribute("shipForm") ShipForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SalesOrderResponse order = find(id);
		List<ShipmentLineRequest> lines = new ArrayList<>();
		if (!result.hasErrors() && form.lines() != null) {
			for (ShipForm.Line line : form.lines()) {
				if (line != null && line.lineId() != null && line.quantity() != null && line.quantity() > 0) {
					lines.add(new ShipmentLineRequest(line.lineId(), line.quantity()));
				}
			}
			if (lines.isEmpty()) {
				result.reject("empty", "Enter how many to ship of at least one line.");
			}
		}
		if (!result.hasErrors()) {
			try {
				ShipmentResponse shipment = this.orders.ship(id, new ShipmentRequest(lines));
				int count = shipment.lines().stream().mapToInt(ShipmentResponse.Line::quantity).sum();
				redirect.addFlashAttribute("flash", "Shipped " + count + " of " + order.number() + ": now "
						+ shipment.orderStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT));
				return "redirect:" + PATH + "/" + id;
			}
			catch (ShipmentExceedsReservedException ex) {
				rejectLine(form, result, ex.getLineId(), ex.aboutTheLine(), ex.getMessage());
			}
			catch (ConflictException | InvalidFieldException | ReferenceNotFoundException ex) {
				result.reject("refused", ex.getMessage());
			}
		}
		model.addAttribute("item", order);
		addDetails(order, model);
		return DETAIL;
	}

	@GetMapping("/{id}/packing-slip")
	ResponseEntity<byte[]> packingSlip(@PathVariable long id) {
		SalesOrderResponse order = find(id);
		return PdfRenderer.inline(SalesOrderDocuments.fileName(order), this.documents.packingSlip(order));
	}

	private static void rejectLine(ShipForm form, BindingResult result, long lineId, String besideTheLine,
			String message) {
		for (int i = 0; i < form.lines().size(); i++) {
			ShipForm.Line line = form.lines().get(i);
			if (line != null && line.lineId() != null && line.lineId() == lineId) {
				result.rejectValue("lines[" + i + "].quantity", "exceeds-reserved", besideTheLine);
				return;
			}
		}
		result.reject("exceeds-reserved", message);
	}

	private String change(long id, RedirectAttributes redirect, Supplier<SalesOrderResponse> action, String verb) {
		try {
			SalesOrderResponse order = action.get();
			redirect.addFlashAttribute("flash", verb + " sales order " + order.number());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + PATH + "/" + id;
	}

	// Blank lines are left out; a line's SKU becomes its product id, an unknown SKU an
	// error beside it.
	private SalesOrderRequest request(SalesOrderForm form) {
		List<SalesOrderForm.LineForm> lines = (form.lines() != null) ? form.lines() : List.of();
		List<String> skus = lines.stream()
			.filter((line) -> line != null && !line.isBlank())
			.map(SalesOrderForm.LineForm::sku)
			.toList();
		Map<String, ProductSummary> bySku = this.products.summariesBySku(skus);
		List<SalesOrderLineRequest> requested = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			SalesOrderForm.LineForm line = lines.get(i);
			if (line == null || line.isBlank()) {
				continue;
			}
			if (line.sku() == null || line.sku().isBlank()) {
				throw new InvalidFieldException("lines[" + i + "].sku", "Enter the product's SKU");
			}
			ProductSummary product = bySku.get(line.sku().strip().toUpperCase(Locale.ROOT));
			if (product == null) {
				throw new InvalidFieldException("lines[" + i + "].sku", "No product has the SKU " + line.sku().strip());
			}
			if (line.quantity() == null) {
				throw new InvalidFieldException("lines[" + i + "].quantity", "Enter how many to sell");
			}
			if (line.unitPrice() == null) {
				throw new InvalidFieldException("lines[" + i + "].unitPrice", "Enter the unit price");
			}
			requested.add(new SalesOrderLineRequest(product.id(), line.quantity(), line.unitPrice()));
		}
		if (requested.isEmpty()) {
			throw new InvalidFieldException("lines", "Sell at least one product");
		}
		return new SalesOrderRequest(new Customer(form.customerName(), form.customerEmail(), form.customerAddress()),
				form.warehouseId(), requested, form.version());
	}

}
