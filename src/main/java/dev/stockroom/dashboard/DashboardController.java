package dev.stockroom.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. */
@Controller
class DashboardController {

	private final DashboardService dashboard;

	DashboardController(DashboardService dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		model.addAttribute("dashboard", this.dashboard.read());
		return "dashboard/index";
	}

}
