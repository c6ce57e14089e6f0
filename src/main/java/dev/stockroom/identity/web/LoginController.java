package dev.stockroom.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security's form login handles its POST (and the POST of
 * {@code /logout}); this only shows the form and the message for the outcome.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

}
