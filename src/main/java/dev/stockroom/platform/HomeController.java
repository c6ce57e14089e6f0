package dev.stockroom.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. The website issue turns it into the dashboard. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
