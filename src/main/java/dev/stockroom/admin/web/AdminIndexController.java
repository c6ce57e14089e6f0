package dev.stockroom.admin.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.stockroom.admin.Operation;

/**
 * The admin site's index: the models the user may view, with an add link where allowed.
 */
@Controller
class AdminIndexController {

	private final AdminSite site;

	AdminIndexController(AdminSite site) {
		this.site = site;
	}

	@GetMapping("/admin")
	String index(Model model) {
		List<IndexEntry> entries = this.site.visibleModels()
			.stream()
			.map((admin) -> new IndexEntry(admin, this.site.may(admin, Operation.ADD)))
			.toList();
		model.addAttribute("entries", entries);
		return "admin/index";
	}

}
