package dev.stockroom.admin.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Fieldset;
import dev.stockroom.admin.FormData;
import dev.stockroom.admin.FormData.InvalidFormException;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.Inline;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.web.AdminSaves.InlineSubmission;
import dev.stockroom.admin.web.AdminSaves.InvalidInlineException;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.InvalidQueryException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.UnprocessableRequestException;

/**
 * The add and change forms (Django's {@code changeform_view}): the registration's
 * fieldsets and inlines, read-only without the change permission; a submission saved
 * through the owning module's service with its inlines, all or nothing
 * ({@link AdminSaves}), and on refusal the form again with the errors beside the fields.
 */
@Controller
@RequestMapping("/admin/{model}")
class ChangeFormController {

	private final AdminSite site;

	private final AdminQueries queries;

	private final AdminSaves saves;

	private final Validator validator;

	ChangeFormController(AdminSite site, AdminQueries queries, AdminSaves saves, Validator validator) {
		this.site = site;
		this.queries = queries;
		this.saves = saves;
		this.validator = validator;
	}

	@GetMapping("/new")
	String addForm(@PathVariable String model, Model ui) {
		ModelAdmin admin = this.site.require(model, Operation.ADD);
		return form(admin, null, null, Map.of(), Map.of(), List.of(), ui);
	}

	@PostMapping("/new")
	String add(@PathVariable String model, @RequestParam MultiValueMap<String, String> params, Model ui,
			HttpServletResponse response, RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, Operation.ADD);
		return save(admin, null, params, ui, response, redirect);
	}

	@GetMapping("/{id}")
	String changeForm(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, Operation.VIEW);
		AdminRow row = this.queries.find(admin, id);
		return form(admin, id, row, stored(admin, row), Map.of(), List.of(), ui);
	}

	@PostMapping("/{id}")
	String change(@PathVariable String model, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			Model ui, HttpServletResponse response, RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, Operation.CHANGE);
		this.queries.find(admin, id);
		return save(admin, id, params, ui, response, redirect);
	}

	private String save(ModelAdmin admin, Long id, MultiValueMap<String, String> params, Model ui,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormData form = new FormData(params, this.validator);
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> errors = Map.of();
		try {
			long saved = this.saves.save(admin, id, form, (id != null) ? inlineSubmissions(admin, params) : List.of());
			redirect.addFlashAttribute("flash", ((id == null) ? "Added " : "Changed ") + admin.singular() + ".");
			return "redirect:/admin/" + admin.slug() + "/" + saved;
		}
		catch (InvalidFormException ex) {
			errors = ex.errors();
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (InvalidInlineException ex) {
			// Beside the row's fields, and named above the form, where the inline may be
			// out of sight.
			Map<String, List<String>> rowErrors = new LinkedHashMap<>();
			List<String> messages = new ArrayList<>();
			ex.errors().forEach((field, fieldErrors) -> {
				rowErrors.put(ex.inline().prefix() + "-" + field, fieldErrors);
				fieldErrors.forEach((error) -> messages.add(field + " " + error));
			});
			errors = rowErrors;
			problems.add(ex.inline().title() + ": " + String.join("; ", messages) + ". Nothing was saved.");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (InvalidFieldException ex) {
			errors = Map.of(ex.getField(), ex.getMessages());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ReferenceNotFoundException ex) {
			errors = Map.of(ex.getField(), List.of(ex.getMessage()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ConflictException ex) {
			problems.add(ex.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		catch (UnprocessableRequestException ex) {
			problems.add(ex.getMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		AdminRow row = (id != null) ? this.queries.find(admin, id) : null;
		Map<String, List<String>> values = new LinkedHashMap<>(params);
		if (row != null) {
			// Read-only fields are not submitted: shown as stored.
			stored(admin, row).forEach((name, stored) -> {
				if (admin.fieldsets()
					.stream()
					.flatMap((f) -> f.fields().stream())
					.anyMatch((field) -> field.name().equals(name) && field.isReadOnly(false))) {
					values.put(name, stored);
				}
			});
		}
		return form(admin, id, row, values, errors, problems, ui);
	}

	// A ticked row's id comes from our own checkbox; anything else was forged or mangled.
	private static Long rowId(String parameter, String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			throw new InvalidQueryException(parameter, "is not the id of a row");
		}
	}

	// Each inline the user may edit: the ticked rows to remove, the extra row to add.
	private List<InlineSubmission> inlineSubmissions(ModelAdmin admin, MultiValueMap<String, String> params) {
		List<InlineSubmission> submissions = new ArrayList<>();
		for (Inline inline : admin.inlines()) {
			if (!this.site.holds(inline.permission())) {
				continue;
			}
			List<Long> remove = params.getOrDefault(inline.prefix() + "-remove", List.of())
				.stream()
				.map((id) -> rowId(inline.prefix() + "-remove", id))
				.toList();
			Map<String, List<String>> extra = new LinkedHashMap<>();
			inline.fields()
				.forEach((field) -> extra.put(field.name(),
						params.getOrDefault(inline.prefix() + "-" + field.name(), List.of())));
			submissions.add(new InlineSubmission(inline, remove, new FormData(extra, this.validator)));
		}
		return submissions;
	}

	private String form(ModelAdmin admin, Long id, AdminRow row, Map<String, List<String>> values,
			Map<String, List<String>> errors, List<String> problems, Model ui) {
		boolean editable = this.site.may(admin, (id == null) ? Operation.ADD : Operation.CHANGE);
		List<FieldsetView> fieldsets = admin.fieldsets()
			.stream()
			.map((fieldset) -> new FieldsetView(fieldset.title(), fieldset.fields()
				.stream()
				.filter((field) -> !(field.isReadOnly(id == null) && (id == null || field.path() == null)))
				.map((field) -> FieldView.of(field, values.getOrDefault(field.name(), List.of()),
						errors.getOrDefault(field.name(), List.of()), !editable || field.isReadOnly(id == null)))
				.toList()))
			.toList();
		List<InlineView> inlines = (id == null) ? List.of()
				: admin.inlines()
					.stream()
					.map((inline) -> new InlineView(inline, this.queries.inline(inline, id),
							inline.fields()
								.stream()
								.map((field) -> field.prefixed(inline.prefix()))
								.map((field) -> FieldView.of(field, values.getOrDefault(field.name(), List.of()),
										errors.getOrDefault(field.name(), List.of()), false))
								.toList(),
							editable && this.site.holds(inline.permission())))
					.toList();
		ui.addAttribute("admin", admin);
		ui.addAttribute("id", id);
		ui.addAttribute("heading", (row != null) ? admin.describe(row) : "Add " + admin.singular());
		ui.addAttribute("fieldsets", fieldsets);
		ui.addAttribute("inlines", inlines);
		ui.addAttribute("problems", problems);
		ui.addAttribute("editable", editable);
		ui.addAttribute("version",
				(row != null && row.get("version") != null) ? row.get("version") : first(values.get("version")));
		ui.addAttribute("mayDelete", id != null && this.site.may(admin, Operation.DELETE));
		return "admin/change-form";
	}

	// The stored values as the form shows them: what a submitted form would send.
	private static Map<String, List<String>> stored(ModelAdmin admin, AdminRow row) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Fieldset fieldset : admin.fieldsets()) {
			for (FormField field : fieldset.fields()) {
				Object value = (field.path() != null) ? row.get(field.path()) : row.get(field.name());
				if (value instanceof List<?> list) {
					values.put(field.name(), list.stream().map(String::valueOf).toList());
				}
				else if (value != null) {
					values.put(field.name(), List.of(text(value)));
				}
			}
		}
		return values;
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return Objects.toString(value, "");
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
