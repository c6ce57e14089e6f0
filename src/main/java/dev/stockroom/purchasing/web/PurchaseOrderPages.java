package dev.stockroom.purchasing.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.pages.CrudPages;
import dev.stockroom.platform.pdf.PdfRenderer;
import dev.stockroom.purchasing.PurchaseOrderDocuments;
import dev.stockroom.purchasing.PurchaseOrderFilter;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.purchasing.PurchaseOrderStatus;
import dev.stockroom.purchasing.ReceiptLineRequest;
import dev.stockroom.purchasing.ReceiptRequest;
import dev.stockroom.purchasing.domain.ReceiptExceedsOpenException;
import dev.stockroom.stock.WarehouseService;

/**
 * The purchase order pages on {@link CrudPages}: list (filters by supplier, warehouse and
 * state, search by number), detail with the receive form and the actions the user may
 * take as buttons, the draft forms and the delete confirmation; plus the state changes
 * (place, cancel, receive) as POSTs and the order's PDF, made from the detail page's own
 * print fragment.
 */
@Controller
@RequestMapping(PurchaseOrderPages.PATH)
class PurchaseOrderPages extends CrudPages.WithDelete<PurchaseOrderFilter, PurchaseOrderForm, PurchaseOrderResponse> {

	static final String PATH = "/purchase-orders";

	private static final String DETAIL = "purchasing/order-detail";

	private final PurchaseOrderService orders;

	private final PurchaseOrderDocuments documents;

	private final ProductService products;

	private final SupplierService suppliers;

	private final WarehouseService warehouses;

	private final PurchasingChoices choices;

	PurchaseOrderPages(PurchaseOrderService orders, PurchaseOrderDocuments documents, ProductService products,
			SupplierService suppliers, WarehouseService warehouses, PurchasingChoices choices) {
		super(PATH, "purchasing/order", "purchase order", SortAllowList.of(Sort.by(Sort.Direction.DESC, "id"), "number",
				"number", "status", "status", "expectedDate", "expectedDate", "id", "id"));
		this.orders = orders;
		this.documents = documents;
		this.products = products;
		this.suppliers = suppliers;
		this.warehouses = warehouses;
		this.choices = choices;
	}

	@Override
	protected PurchaseOrderFilter emptyFilter() {
		return PurchaseOrderFilter.none();
	}

	@Override
	protected Page<PurchaseOrderResponse> search(PurchaseOrderFilter filter, Pageable pageable) {
		return this.orders.list(filter, pageable);
	}

	// The supplier and warehouse names of the whole page, one query each.
	@Override
	protected Page<PurchaseOrderResponse> searchList(PurchaseOrderFilter filter, Pageable pageable, Model model) {
		Page<PurchaseOrderResponse> page = search(filter, pageable);
		Set<Long> supplierIds = new HashSet<>();
		Set<Long> warehouseIds = new HashSet<>();
		page.forEach((order) -> {
			supplierIds.add(order.supplierId());
			warehouseIds.add(order.warehouseId());
		});
		model.addAttribute("supplierNames", this.suppliers.byIds(supplierIds));
		model.addAttribute("warehouseNames", this.warehouses.byIds(warehouseIds));
		return page;
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("suppliers", this.choices.suppliers());
		model.addAttribute("warehouses", this.choices.warehouses());
		model.addAttribute("statuses", PurchaseOrderStatus.values());
	}

	@Override
	protected PurchaseOrderResponse find(long id) {
		return this.orders.get(id);
	}

	@Override
	protected PurchaseOrderForm emptyForm() {
		return PurchaseOrderForm.empty();
	}

	@Override
	protected PurchaseOrderForm formOf(PurchaseOrderResponse order) {
		Set<Long> productIds = new HashSet<>();
		order.lines().forEach((line) -> productIds.add(line.productId()));
		Map<Long, ProductSummary> found = this.products.summaries(productIds);
		return PurchaseOrderForm.of(order, (id) -> (found.get(id) != null) ? found.get(id).sku() : Long.toString(id));
	}

	@Override
	protected PurchaseOrderResponse create(PurchaseOrderForm form) {
		return this.orders.create(request(form));
	}

	@Override
	protected PurchaseOrderResponse update(long id, PurchaseOrderForm form) {
		return this.orders.update(id, request(form));
	}

	@Override
	protected void delete(long id) {
		this.orders.delete(id);
	}

	@Override
	protected long idOf(PurchaseOrderResponse order) {
		return order.id();
	}

	@Override
	protected String nameOf(PurchaseOrderResponse order) {
		return order.number();
	}

	@Override
	protected String fieldOf(ConflictException conflict) {
		return null;
	}

	@Override
	protected void addDetails(PurchaseOrderResponse order, Model model) {
		model.addAttribute("doc", this.documents.document(order));
		if (!model.containsAttribute("receiveForm")) {
			model.addAttribute("receiveForm", ReceiveForm.of(order));
		}
	}

	@Override
	@PostMapping("/new")
	protected String submitNew(@Valid @ModelAttribute("form") PurchaseOrderForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = super.submitNew(form, result, model, redirect);
		return again(view, form, model);
	}

	@Override
	@PostMapping("/{id}/edit")
	protected String submitEdit(@PathVariable long id,
			@org.springframework.validation.annotation.Validated(dev.stockroom.platform.api.OnUpdate.class) @ModelAttribute("form") PurchaseOrderForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String view = super.submitEdit(id, form, result, model, redirect);
		return again(view, form, model);
	}

	// A form shown again keeps what was typed and offers blank lines once more; the
	// errors stay bound to the fields they were found on.
	private static String again(String view, PurchaseOrderForm form, Model model) {
		if (!view.startsWith("redirect:")) {
			model.addAttribute("blankLines", PurchaseOrderForm.BLANK_LINES);
		}
		return view;
	}

	@PostMapping("/{id}/place")
	String place(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, redirect, () -> this.orders.place(id), "Placed");
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return change(id, redirect, () -> this.orders.cancel(id), "Cancelled");
	}

	/*
	 * The receipt's errors go beside the lines they are about (a quantity beyond what is
	 * open, a quantity that is not a number), on the order's page shown again with a 409
	 * or 400 status left to the page: nothing moved.
	 */
	@PostMapping("/{id}/receive")
	String receive(@PathVariable long id, @Valid @ModelAttribute("receiveForm") ReceiveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PurchaseOrderResponse order = find(id);
		List<ReceiptLineRequest> lines = new ArrayList<>();
		if (!result.hasErrors() && form.lines() != null) {
			for (ReceiveForm.Line line : form.lines()) {
				if (line != null && line.lineId() != null && line.quantity() != null && line.quantity() > 0) {
					lines.add(new ReceiptLineRequest(line.lineId(), line.quantity()));
				}
			}
			if (lines.isEmpty()) {
				result.reject("empty", "Enter how many came in of at least one line.");
			}
		}
		if (!result.hasErrors()) {
			try {
				var receipt = this.orders.receive(id, new ReceiptRequest(lines));
				int count = receipt.lines().stream().mapToInt((line) -> line.quantity()).sum();
				redirect.addFlashAttribute("flash", "Received " + count + " against " + order.number() + ": now "
						+ receipt.orderStatus().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
				return "redirect:" + PATH + "/" + id;
			}
			catch (ReceiptExceedsOpenException ex) {
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

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PurchaseOrderResponse order = find(id);
		return PdfRenderer.inline(PurchaseOrderDocuments.fileName(order), this.documents.pdf(id));
	}

	private static void rejectLine(ReceiveForm form, BindingResult result, long lineId, String besideTheLine,
			String message) {
		for (int i = 0; i < form.lines().size(); i++) {
			ReceiveForm.Line line = form.lines().get(i);
			if (line != null && line.lineId() != null && line.lineId() == lineId) {
				result.rejectValue("lines[" + i + "].quantity", "exceeds-open", besideTheLine);
				return;
			}
		}
		result.reject("exceeds-open", message);
	}

	private String change(long id, RedirectAttributes redirect,
			java.util.function.Supplier<PurchaseOrderResponse> action, String verb) {
		try {
			PurchaseOrderResponse order = action.get();
			redirect.addFlashAttribute("flash", verb + " purchase order " + order.number());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:" + PATH + "/" + id;
	}

	// Blank lines are left out; a line's SKU becomes its product id, an unknown SKU an
	// error beside it.
	private PurchaseOrderRequest request(PurchaseOrderForm form) {
		List<PurchaseOrderForm.LineForm> lines = (form.lines() != null) ? form.lines() : List.of();
		List<String> skus = lines.stream()
			.filter((line) -> line != null && !line.isBlank())
			.map(PurchaseOrderForm.LineForm::sku)
			.toList();
		Map<String, ProductSummary> bySku = this.products.summariesBySku(skus);
		List<PurchaseOrderLineRequest> requested = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PurchaseOrderForm.LineForm line = lines.get(i);
			if (line == null || line.isBlank()) {
				continue;
			}
			if (line.sku() == null || line.sku().isBlank()) {
				throw new InvalidFieldException("lines[" + i + "].sku", "Enter the product's SKU");
			}
			ProductSummary product = bySku.get(line.sku().strip().toUpperCase(java.util.Locale.ROOT));
			if (product == null) {
				throw new InvalidFieldException("lines[" + i + "].sku", "No product has the SKU " + line.sku().strip());
			}
			if (line.quantity() == null) {
				throw new InvalidFieldException("lines[" + i + "].quantity", "Enter how many to order");
			}
			requested.add(new PurchaseOrderLineRequest(product.id(), line.quantity(), line.unitCost()));
		}
		if (requested.isEmpty()) {
			throw new InvalidFieldException("lines", "Order at least one product");
		}
		return new PurchaseOrderRequest(form.supplierId(), form.warehouseId(), form.expectedDate(), form.notes(),
				requested, form.version());
	}

}
