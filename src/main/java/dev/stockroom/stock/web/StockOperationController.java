package dev.stockroom.stock.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

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
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.ledger.InsufficientStockException;

/**
 * The receive, issue, transfer, adjust and count forms. Each path has its own row, and
 * permission, in the permission matrix; all five share one handler per method and the
 * steps: validate the form's fields, then the movement's cross-field rules, then let
 * {@link StockLedger#record} apply the domain's rules, and report every refusal beside
 * the field it concerns. A refused movement changes nothing (the service's transaction
 * rolls back); a recorded one redirects (post/redirect/get) with a message naming its
 * ledger rows.
 */
@Controller
class StockOperationController {

	private final StockLedger ledger;

	private final StockChoices choices;

	private final Validator validator;

	StockOperationController(StockLedger ledger, StockChoices choices, Validator validator) {
		this.ledger = ledger;
		this.choices = choices;
		this.validator = validator;
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
		return submit(operation(request), form, result, model, redirect);
	}

	// The mapped path that matched, e.g. /stock/issue (a literal, so never a variable
	// part).
	private static StockOperation operation(HttpServletRequest request) {
		return StockOperation.ofPath((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
	}

	// The product is a String here so that a link with a mangled id shows the empty form
	// rather than an error page.
	private String form(StockOperation operation, String q, String product, Model model) {
		MovementForm form = MovementForm.empty(parseId(product));
		model.addAttribute("form", form);
		return show(operation, q, form, model);
	}

	private String submit(StockOperation operation, MovementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			MovementRequest request = form.toRequest(operation.type());
			Set<ConstraintViolation<MovementRequest>> violations = this.validator.validate(request);
			violations.forEach((violation) -> result.rejectValue(violation.getPropertyPath().toString(), "invalid",
					violation.getMessage()));
			if (violations.isEmpty()) {
				try {
					MovementResult recorded = this.ledger.record(request);
					redirect.addFlashAttribute("flash", confirmation(operation, recorded));
					return "redirect:" + operation.getPath();
				}
				catch (InsufficientStockException ex) {
					result.rejectValue("quantity", "insufficient", "only " + ex.getOnHand() + " on hand");
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
		model.addAttribute("operation", operation);
		model.addAttribute("q", q);
		model.addAttribute("products", this.choices.products(q, form.productId()));
		model.addAttribute("warehouses", this.choices.warehouses());
		return "stock/operation";
	}

	// "Received 5 of SKU-1 in MAIN: ledger row 812." A transfer names both of its rows.
	private String confirmation(StockOperation operation, MovementResult recorded) {
		List<StockMovementResponse> rows = recorded.movements();
		StockMovementResponse first = rows.get(0);
		StockChoices.Names names = this.choices.names(rows);
		String what = switch (operation) {
			case TRANSFER -> -first.quantityChange() + " of " + names.product(first.productId()) + " from "
					+ names.warehouse(first.warehouseId()) + " to " + names.warehouse(first.counterpartWarehouseId());
			case ADJUST -> names.product(first.productId()) + " in " + names.warehouse(first.warehouseId()) + " by "
					+ signed(first.quantityChange());
			case COUNT -> names.product(first.productId()) + " in " + names.warehouse(first.warehouseId()) + ": "
					+ first.resultingQuantity() + " on hand (" + signed(first.quantityChange()) + ")";
			default -> Math.abs(first.quantityChange()) + " of " + names.product(first.productId()) + " in "
					+ names.warehouse(first.warehouseId());
		};
		String ledger = (rows.size() == 1) ? "ledger row " + first.id()
				: "ledger rows " + first.id() + " and " + rows.get(1).id();
		return operation.getDone() + " " + what + ": " + ledger + ".";
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
