package dev.stockroom.admin.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.platform.audit.AuditTrail;

/**
 * One object's history (Django's {@code history_view}), from the audit trail; shown for a
 * deleted object too, which is when it is most wanted.
 */
@Controller
class HistoryController {

	private final AdminSite site;

	private final AdminQueries queries;

	private final AuditTrail audit;

	HistoryController(AdminSite site, AdminQueries queries, AuditTrail audit) {
		this.site = site;
		this.queries = queries;
		this.audit = audit;
	}

	@GetMapping("/admin/{model}/{id}/history")
	String history(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, Operation.VIEW);
		Optional<AdminRow> row = this.queries.one(admin, id);
		ui.addAttribute("admin", admin);
		ui.addAttribute("id", id);
		ui.addAttribute("exists", row.isPresent());
		ui.addAttribute("heading", row.map(admin::describe).orElse(admin.singular() + " " + id));
		ui.addAttribute("entries", this.audit.history(admin.entity(), id));
		return "admin/history";
	}

}
