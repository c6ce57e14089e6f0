package dev.stockroom.admin;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
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

import dev.stockroom.admin.AdminQueries.ListQuery;
import dev.stockroom.admin.AdminSaves.InlineSubmission;
import dev.stockroom.admin.AdminSaves.InvalidInlineException;
import dev.stockroom.admin.FormData.InvalidFormException;
import dev.stockroom.platform.audit.AuditTrail;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.InvalidQueryException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.error.UnprocessableRequestException;

/**
 * Every admin page, for every registered model: one generic controller (Django's
 * {@code ModelAdmin} views) over {@link AdminSite}'s registrations. Each handler first
 * asks the site for the model and the permission its work needs (404 for an unknown
 * model, 403 without the permission); staff-only entry is the permission matrix's.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

	private static final int MAX_PAGE_SIZE = 100;

	private final AdminSite site;

	private final AdminQueries queries;

	private final AdminDeletes deletes;

	private final AdminSaves saves;

	private final AuditTrail audit;

	private final Validator validator;

	AdminController(AdminSite site, AdminQueries queries, AdminDeletes deletes, AdminSaves saves, AuditTrail audit,
			Validator validator) {
		this.site = site;
		this.queries = queries;
		this.deletes = deletes;
		this.saves = saves;
		this.audit = audit;
		this.validator = validator;
	}

	@GetMapping
	String index(Model model) {
		List<IndexEntry> entries = this.site.visibleModels()
			.stream()
			.map((admin) -> new IndexEntry(admin, this.site.may(admin, "add")))
			.toList();
		model.addAttribute("entries", entries);
		return "admin/index";
	}

	// ---- the change list

	@GetMapping("/{model}")
	String changeList(@PathVariable String model, @RequestParam MultiValueMap<String, String> params, Model ui) {
		ModelAdmin admin = this.site.require(model, "view");
		Map<ListFilter, Object> filters = new LinkedHashMap<>();
		for (ListFilter filter : admin.listFilter()) {
			String value = params.getFirst(filter.path());
			Object argument = (value == null || value.isBlank()) ? null : filter.parse().apply(value);
			if (argument != null) {
				filters.put(filter, argument);
			}
		}
		String ordering = ordering(admin, params.getFirst("o"));
		String search = blankToNull(params.getFirst("q"));
		int size = Math.min(Math.max(number(params.getFirst("size"), admin.listPerPage()), 1), MAX_PAGE_SIZE);
		// Clamped so that page * size, the rows skipped,
		// stays an int (JPA's first result).
		int page = Math.min(Math.max(number(params.getFirst("page"), 0), 0), Integer.MAX_VALUE / size);
		Page<AdminRow> rows = this.queries.list(admin, new ListQuery(search, filters, ordering, page, size));

		ui.addAttribute("admin", admin);
		ui.addAttribute("rows", rows);
		ui.addAttribute("search", search);
		ui.addAttribute("headers", headers(admin, ordering));
		ui.addAttribute("filters",
				admin.listFilter()
					.stream()
					.map((filter) -> FilterView.of(filter, params.getFirst(filter.path())))
					.toList());
		ui.addAttribute("actions",
				admin.actions().stream().filter((a) -> this.site.may(admin, a.permission())).toList());
		ui.addAttribute("mayAdd", this.site.may(admin, "add"));
		return "admin/change-list";
	}

	@PostMapping("/{model}")
	String runAction(@PathVariable String model, @RequestParam(defaultValue = "") String action,
			@RequestParam(name = "selected", required = false) List<Long> selected,
			@RequestParam(defaultValue = "false") boolean confirmed, Model ui, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		ModelAdmin admin = this.site.require(model, "view");
		Action chosen = admin.actions()
			.stream()
			.filter((candidate) -> candidate.name().equals(action))
			.findFirst()
			.orElse(null);
		List<Long> ids = (selected != null) ? List.copyOf(new LinkedHashSet<>(selected)) : List.of();
		if (chosen == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					(chosen == null) ? "Choose an action." : "Select the " + admin.plural() + " to act on first.");
			return "redirect:/admin/" + model;
		}
		this.site.require(model, chosen.permission());
		switch (chosen.kind()) {
			case RUN -> {
				chosen.run().accept(ids);
				redirect.addFlashAttribute("flash", chosen.done().formatted(ids.size()));
				return "redirect:/admin/" + model;
			}
			case EXPORT_CSV -> {
				exportCsv(admin, ids, response);
				return null;
			}
			default -> {
				return deleteSelected(admin, ids, confirmed, ui, response, redirect);
			}
		}
	}

	private String deleteSelected(ModelAdmin admin, List<Long> ids, boolean confirmed, Model ui,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<AdminRow> rows = this.queries.selected(admin, ids);
		if (!confirmed) {
			List<DeleteCandidate> candidates = rows.stream()
				.map((row) -> new DeleteCandidate(row.id(), admin.describe(row),
						this.deletes.blocker(admin, row.id()).orElse(null)))
				.toList();
			ui.addAttribute("admin", admin);
			ui.addAttribute("candidates", candidates);
			ui.addAttribute("blocked", candidates.stream().anyMatch((c) -> c.blocker() != null));
			return "admin/delete-selected";
		}
		List<String> refused = new ArrayList<>();
		int deleted = 0;
		for (AdminRow row : rows) {
			Optional<String> reason = this.deletes.delete(admin, row.id());
			if (reason.isPresent()) {
				refused.add(admin.describe(row) + ": " + reason.get());
			}
			else {
				deleted++;
			}
		}
		redirect.addFlashAttribute("flash", "Deleted " + deleted + " " + admin.plural() + ".");
		if (!refused.isEmpty()) {
			redirect.addFlashAttribute("flashError", "Not deleted: " + String.join("; ", refused));
		}
		return "redirect:/admin/" + admin.slug();
	}

	private void exportCsv(ModelAdmin admin, List<Long> ids, HttpServletResponse response) throws IOException {
		List<AdminRow> rows = this.queries.selected(admin, ids);
		List<CsvExport.Column<AdminRow>> columns = new ArrayList<>();
		columns.add(CsvExport.column("id", AdminRow::id));
		admin.listDisplay()
			.forEach((column) -> columns.add(CsvExport.column(column.label(), (row) -> row.get(column.name()))));
		@SuppressWarnings("unchecked")
		CsvExport<AdminRow> export = CsvExport.of(columns.toArray(CsvExport.Column[]::new));
		export.write(response, admin.slug() + ".csv", Sort.unsorted(), (pageable) -> new PageImpl<>(rows));
	}

	// ---- the change form

	@GetMapping("/{model}/new")
	String addForm(@PathVariable String model, Model ui) {
		ModelAdmin admin = this.site.require(model, "add");
		return form(admin, null, null, Map.of(), Map.of(), List.of(), ui);
	}

	@PostMapping("/{model}/new")
	String add(@PathVariable String model, @RequestParam MultiValueMap<String, String> params, Model ui,
			HttpServletResponse response, RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, "add");
		return save(admin, null, params, ui, response, redirect);
	}

	@GetMapping("/{model}/{id}")
	String changeForm(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, "view");
		AdminRow row = find(admin, id);
		return form(admin, id, row, stored(admin, row), Map.of(), List.of(), ui);
	}

	@PostMapping("/{model}/{id}")
	String change(@PathVariable String model, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			Model ui, HttpServletResponse response, RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, "change");
		find(admin, id);
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
		AdminRow row = (id != null) ? find(admin, id) : null;
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
		boolean editable = (id == null) ? this.site.may(admin, "add") : this.site.may(admin, "change");
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
		ui.addAttribute("title", (row != null) ? admin.describe(row) : "Add " + admin.singular());
		ui.addAttribute("fieldsets", fieldsets);
		ui.addAttribute("inlines", inlines);
		ui.addAttribute("problems", problems);
		ui.addAttribute("editable", editable);
		ui.addAttribute("version",
				(row != null && row.get("version") != null) ? row.get("version") : first(values.get("version")));
		ui.addAttribute("mayDelete", id != null && this.site.may(admin, "delete"));
		return "admin/change-form";
	}

	// ---- history and delete

	@GetMapping("/{model}/{id}/history")
	String history(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, "view");
		Optional<AdminRow> row = this.queries.one(admin, id);
		ui.addAttribute("admin", admin);
		ui.addAttribute("id", id);
		ui.addAttribute("exists", row.isPresent());
		ui.addAttribute("title", row.map(admin::describe).orElse(admin.singular() + " " + id));
		ui.addAttribute("entries", this.audit.history(admin.entity(), id));
		return "admin/history";
	}

	@GetMapping("/{model}/{id}/delete")
	String confirmDelete(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, "delete");
		AdminRow row = find(admin, id);
		ui.addAttribute("admin", admin);
		ui.addAttribute("id", id);
		ui.addAttribute("title", admin.describe(row));
		ui.addAttribute("blocker", this.deletes.blocker(admin, id).orElse(null));
		return "admin/delete";
	}

	@PostMapping("/{model}/{id}/delete")
	String delete(@PathVariable String model, @PathVariable long id, Model ui, HttpServletResponse response,
			RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, "delete");
		AdminRow row = find(admin, id);
		Optional<String> refused = this.deletes.delete(admin, id);
		if (refused.isPresent()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			ui.addAttribute("admin", admin);
			ui.addAttribute("id", id);
			ui.addAttribute("title", admin.describe(row));
			ui.addAttribute("blocker", refused.get());
			return "admin/delete";
		}
		redirect.addFlashAttribute("flash", "Deleted " + admin.singular() + " " + admin.describe(row) + ".");
		return "redirect:/admin/" + model;
	}

	// ---- helpers

	private AdminRow find(ModelAdmin admin, long id) {
		return this.queries.one(admin, id).orElseThrow(() -> new ResourceNotFoundException(admin.singular(), id));
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

	static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return Objects.toString(value, "");
	}

	// Only a column shown in the list may order it (a JPQL path never comes from the
	// request as typed); anything else falls back to the default ordering.
	private static String ordering(ModelAdmin admin, String requested) {
		if (requested != null) {
			String path = requested.startsWith("-") ? requested.substring(1) : requested;
			boolean sortable = admin.listDisplay()
				.stream()
				.anyMatch((column) -> column.isProperty() && column.name().equals(path));
			if (sortable) {
				return requested;
			}
		}
		return admin.ordering();
	}

	private static List<HeaderView> headers(ModelAdmin admin, String ordering) {
		List<HeaderView> headers = new ArrayList<>();
		for (Column column : admin.listDisplay()) {
			String sorted = ordering.equals(column.name()) ? "ascending"
					: ordering.equals("-" + column.name()) ? "descending" : null;
			String next = "ascending".equals(sorted) ? "-" + column.name() : column.name();
			headers.add(new HeaderView(column, column.isProperty() ? next : null, sorted));
		}
		return headers;
	}

	private static int number(String text, int fallback) {
		try {
			return (text != null) ? Integer.parseInt(text) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String first(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	// ---- what the templates get

	record IndexEntry(ModelAdmin admin, boolean mayAdd) {
	}

	record HeaderView(Column column, String sortBy, String sorted) {
	}

	record FilterView(String title, String path, String selected, Map<String, String> choices) {

		static FilterView of(ListFilter filter, String selected) {
			return new FilterView(filter.title(), filter.path(), (selected == null) ? "" : selected,
					filter.choices().get());
		}

	}

	record DeleteCandidate(long id, String name, String blocker) {
	}

	record FieldsetView(String title, List<FieldView> fields) {
	}

	record FieldView(FormField field, String value, Set<String> values, List<String> errors, boolean readOnly) {

		static FieldView of(FormField field, List<String> given, List<String> errors, boolean readOnly) {
			String value = given.isEmpty() ? "" : given.get(0);
			return new FieldView(field, value, new LinkedHashSet<>(given), errors, readOnly);
		}

		/**
		 * @return a read-only field's value as shown: Yes / No for a boolean, a dash for
		 * none
		 */
		public String display() {
			if (this.values.isEmpty() || this.values.equals(Set.of(""))) {
				return "–";
			}
			if (this.values.size() == 1 && (this.value.equals("true") || this.value.equals("false"))) {
				return this.value.equals("true") ? "Yes" : "No";
			}
			return String.join(", ", this.values);
		}

		public boolean isChecked() {
			return "true".equals(this.value) || "on".equals(this.value);
		}

	}

	record InlineView(Inline inline, List<AdminRow> rows, List<FieldView> extra, boolean editable) {
	}

}
