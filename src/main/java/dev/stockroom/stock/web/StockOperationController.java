package dev.stockroom.stock.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementResult;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.StockLevelFilter;
import dev.stockroom.stock.StockLevelResponse;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.ledger.InsufficientStockException;

/**
 * The receive, issue, transfer, adjust and count forms. Each path has its own row, and
 * permission, in the permission matrix; all five share one handler per method and the
 * steps: validate the form's fields, then the movement's cross-field rules, then let
 * {@link StockLedger#record} apply the domain's rules, and report every refusal beside
 * the field it concerns. A refused movement changes nothing (the service's transaction
 * rolls back); a recorded one redirects (post/redirect/get) to the form for the same
 * product with a message saying what is on hand now. Once a product is chosen (by a link,
 * a search with one hit, or "Show on hand"), the form shows its on-hand per warehouse
 * beside the warehouse choice, rendered on the server: no script needed.
 */
@Controller
class StockOperationController {

	private final StockLedger ledger;

	private final StockChoices choices;

	private final Validator validator;

	private final StockQueries stock;

	StockOperationController(StockLedger ledger, StockChoices choices, Validator validator, StockQueries stock) {
		this.ledger = ledger;
		this.choices = choices;
		this.validator = validator;
		this.stock = stock;
	}

	/*
	 * One handler per method for the five paths: the path picks the operation (never a
	 * form field), and each path keeps its own row, and permission, in the matrix.
	 */
	@GetMapping({ "/stock/receive", "/stock/issue", "/stock/transfer", "/stock/adjust", "/stock/count" })
	String form(HttpServletRequest request, @RequestParam(required = false) String q,
			@RequestParam(required = false) String product, Model model) {
		return form(operation(request), q, product, model);
	}

	@PostMapping({ "/stock/receive", "/stock/issue", "/stock/transfer", "/stock/adjust", "/stock/count" })
	String submit(HttpServletRequest request, @Valid @ModelAttribute("form") MovementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return submit(operation(request), form, result, request.getParameter("show") != null, model, redirect);
	}

	// The mapped path that matched, e.g. /stock/issue (a literal, so never a variable
	// part).
	private static StockOperation operation(HttpServletRequest request) {
		return StockOperation.ofPath((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
	}

	// The product is a String here so that a link with a mangled id shows the empty form
	// rather than an error page.
	private String form(StockOperation operation, String q, String product, Model model) {
		Long productId = parseId(product);
		List<StockChoices.Option> products = this.choices.products(q, productId);
		List<StockChoices.Option> warehouses = this.choices.warehouses();
		MovementForm form = MovementForm.opening(productId, q, products, warehouses);
		model.addAttribute("form", form);
		return show(operation, q, form, products, warehouses, model);
	}

	private String submit(StockOperation operation, MovementForm form, BindingResult result, boolean onHandOnly,
			Model model, RedirectAttributes redirect) {
		if (onHandOnly) {
			// "Show on hand": the product was chosen in the list, not through a link or a
			// search; show its stock beside the warehouses, and no errors for fields the
			// user has not filled yet.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			return show(operation, null, form, model);
		}
		if (!result.hasErrors()) {
			MovementRequest request = form.toRequest(operation.type());
			Set<ConstraintViolation<MovementRequest>> violations = this.validator.validate(request);
			violations.forEach((violation) -> result.rejectValue(violation.getPropertyPath().toString(), "invalid",
					violation.getMessage()));
			if (violations.isEmpty()) {
				try {
					MovementResult recorded = this.ledger.record(request);
					redirect.addFlashAttribute("flash", confirmation(operation, recorded));
					// Back to the form with the product chosen, its new on-hand beside
					// the
					// warehouses, ready for the next movement of it.
					redirect.addAttribute("product", form.productId());
					return "redirect:" + operation.getPath();
				}
				catch (InsufficientStockException ex) {
					result.rejectValue("quantity", "insufficient", ex.fieldMessage());
				}
				catch (ReferenceNotFoundException ex) {
					result.rejectValue(ex.getField(), "unknown", ex.getMessage());
				}
				catch (ConflictException ex) {
					// An inactive warehouse, or on-hand beyond what a number holds.
					result.reject(ex.getProblemType(), ex.getMessage());
				}
			}
		}
		return show(operation, null, form, model);
	}

	private String show(StockOperation operation, String q, MovementForm form, Model model) {
		return show(operation, q, form, this.choices.products(q, form.productId()), this.choices.warehouses(), model);
	}

	private String show(StockOperation operation, String q, MovementForm form, List<StockChoices.Option> products,
			List<StockChoices.Option> warehouses, Model model) {
		model.addAttribute("operation", operation);
		model.addAttribute("q", q);
		model.addAttribute("products", products);
		OnHand onHand = null;
		if (form.productId() != null) {
			Map<Long, Integer> byWarehouse = new HashMap<>();
			Map<Long, Integer> available = new HashMap<>();
			levels(form.productId()).forEach((level) -> {
				byWarehouse.put(level.warehouseId(), level.onHand());
				available.put(level.warehouseId(), level.available());
			});
			// Where the product is stocked is offered even beyond the first warehouses by
			// code: that is where an issue or a transfer starts.
			warehouses = this.choices.withWarehouses(warehouses, byWarehouse.keySet());
			onHand = OnHand.of(byWarehouse, available, warehouses);
		}
		model.addAttribute("warehouses", warehouses);
		model.addAttribute("onHand", onHand);
		return "stock/operation";
	}

	// The product's stock levels, in one statement.
	private Page<StockLevelResponse> levels(long productId) {
		return this.stock.levels(new StockLevelFilter(productId, null, null), PageRequest.of(0, StockChoices.LIMIT));
	}

	/*
	 * "Issued 5 x SKU-1 from MAIN: 37 on hand now (ledger entry #12)." What is on hand
	 * after the movement is what the user checks next; a transfer gives both warehouses'.
	 */
	private String confirmation(StockOperation operation, MovementResult recorded) {
		List<StockMovementResponse> rows = recorded.movements();
		StockMovementResponse first = rows.get(0);
		StockChoices.Names names = this.choices.names(rows);
		String sku = names.product(first.productId());
		String warehouse = names.warehouse(first.warehouseId());
		String quantity = Math.abs(first.quantityChange()) + " x " + sku;
		if (operation == StockOperation.TRANSFER) {
			StockMovementResponse in = rows.get(1);
			String target = names.warehouse(in.warehouseId());
			return operation.getDone() + " " + quantity + " from " + warehouse + " to " + target + ": "
					+ first.resultingQuantity() + " on hand at " + warehouse + ", " + in.resultingQuantity() + " at "
					+ target + " now (ledger entries " + names.entry(first) + ", " + names.entry(in) + ").";
		}
		String what = switch (operation) {
			case ISSUE -> quantity + " from " + warehouse;
			case ADJUST -> sku + " at " + warehouse + " by " + signed(first.quantityChange());
			case COUNT -> sku + " at " + warehouse + " (" + signed(first.quantityChange()) + ")";
			default -> quantity + " at " + warehouse;
		};
		return operation.getDone() + " " + what + ": " + first.resultingQuantity() + " on hand now (ledger entry #"
				+ first.sequence() + ").";
	}

	private static String signed(int change) {
		return (change > 0) ? "+" + change : Integer.toString(change);
	}

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
