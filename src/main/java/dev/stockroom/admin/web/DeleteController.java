package dev.stockroom.admin.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;

/**
 * Deleting one object (Django's {@code delete_view}): a confirmation that says what
 * blocks the delete, if anything, and the delete itself, which answers 409 on the same
 * page when the owning service refuses.
 */
@Controller
@RequestMapping("/admin/{model}/{id}/delete")
class DeleteController {

	private final AdminSite site;

	private final AdminQueries queries;

	private final AdminDeletes deletes;

	DeleteController(AdminSite site, AdminQueries queries, AdminDeletes deletes) {
		this.site = site;
		this.queries = queries;
		this.deletes = deletes;
	}

	@GetMapping
	String confirmDelete(@PathVariable String model, @PathVariable long id, Model ui) {
		ModelAdmin admin = this.site.require(model, Operation.DELETE);
		AdminRow row = this.queries.find(admin, id);
		return confirmation(admin, id, row, this.deletes.blocker(admin, id).orElse(null), ui);
	}

	@PostMapping
	String delete(@PathVariable String model, @PathVariable long id, Model ui, HttpServletResponse response,
			RedirectAttributes redirect) {
		ModelAdmin admin = this.site.require(model, Operation.DELETE);
		AdminRow row = this.queries.find(admin, id);
		Optional<String> refused = this.deletes.delete(admin, id);
		if (refused.isPresent()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return confirmation(admin, id, row, refused.get(), ui);
		}
		redirect.addFlashAttribute("flash", "Deleted " + admin.singular() + " " + admin.describe(row) + ".");
		return "redirect:/admin/" + model;
	}

	private static String confirmation(ModelAdmin admin, long id, AdminRow row, String blocker, Model ui) {
		ui.addAttribute("admin", admin);
		ui.addAttribute("id", id);
		ui.addAttribute("heading", admin.describe(row));
		ui.addAttribute("blocker", blocker);
		return "admin/delete";
	}

}
