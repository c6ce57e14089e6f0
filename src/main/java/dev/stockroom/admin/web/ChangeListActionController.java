package dev.stockroom.admin.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.admin.Action;
import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.platform.csv.CsvExport;

/**
 * A bulk action on the rows ticked in a change list (Django's {@code response_action}):
 * run it and report back, export the rows as CSV, or delete them after a confirmation
 * page that names what blocks each delete. The action's own permission is checked on top
 * of the model's view permission. Each returns to the list as the user left it
 * ({@link ListReturn}).
 */
@Controller
@RequestMapping("/admin")
class ChangeListActionController {

	private final AdminSite site;

	private final AdminQueries queries;

	private final AdminDeletes deletes;

	ChangeListActionController(AdminSite site, AdminQueries queries, AdminDeletes deletes) {
		this.site = site;
		this.queries = queries;
		this.deletes = deletes;
	}

	@PostMapping("/{model}")
	String runAction(@PathVariable String model, @RequestParam(defaultValue = "") String action,
			@RequestParam(name = "selected", required = false) List<Long> selected,
			@RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(name = ListReturn.FIELD, required = false) String listQuery, Model ui,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		ModelAdmin admin = this.site.require(model, Operation.VIEW);
		Action chosen = admin.actions()
			.stream()
			.filter((candidate) -> candidate.name().equals(action))
			.findFirst()
			.orElse(null);
		List<Long> ids = (selected != null) ? List.copyOf(new LinkedHashSet<>(selected)) : List.of();
		if (chosen == null || ids.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					(chosen == null) ? "Choose an action." : "Select the " + admin.plural() + " to act on first.");
			return ListReturn.redirect(admin.slug(), listQuery);
		}
		this.site.require(model, chosen.permission());
		switch (chosen.kind()) {
			case RUN -> {
				chosen.run().accept(ids);
				redirect.addFlashAttribute("flash", chosen.done().formatted(ids.size()));
				return ListReturn.redirect(admin.slug(), listQuery);
			}
			case EXPORT_CSV -> {
				exportCsv(admin, ids, response);
				return null;
			}
			default -> {
				return deleteSelected(admin, ids, confirmed, listQuery, ui, redirect);
			}
		}
	}

	private String deleteSelected(ModelAdmin admin, List<Long> ids, boolean confirmed, String listQuery, Model ui,
			RedirectAttributes redirect) {
		List<AdminRow> rows = this.queries.selected(admin, ids);
		if (!confirmed) {
			List<DeleteCandidate> candidates = rows.stream()
				.map((row) -> new DeleteCandidate(row.id(), admin.describe(row),
						this.deletes.blocker(admin, row.id()).orElse(null)))
				.toList();
			ui.addAttribute("admin", admin);
			ui.addAttribute("candidates", candidates);
			ui.addAttribute("blocked", candidates.stream().anyMatch((c) -> c.blocker() != null));
			ui.addAttribute("listQuery", ListReturn.query(listQuery));
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
		return ListReturn.redirect(admin.slug(), listQuery);
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

}
