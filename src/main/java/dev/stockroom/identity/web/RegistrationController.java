package dev.stockroom.identity.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.stockroom.identity.UserService;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The registration page (Django's {@code UserCreationForm} in a view). A new user is a
 * viewer ({@link UserService#register}) and signs in afterwards on the login page: no
 * automatic sign-in, so the login's throttle and session rules apply to every sign-in.
 * What the service refuses (a weak password, a taken username or address) comes back as
 * an error beside its field.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private static final String VIEW = "identity/register";

	private final UserService users;

	RegistrationController(UserService users) {
		this.users = users;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return VIEW;
	}

	@PostMapping
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.users.register(form.toRequest());
		}
		catch (InvalidFieldException ex) {
			ex.getMessages().forEach((message) -> result.rejectValue(ex.getField(), "invalid", message));
			return VIEW;
		}
		catch (ConflictException ex) {
			String field = "duplicate-email".equals(ex.getProblemType()) ? "email" : "username";
			result.rejectValue(field, "taken", ex.getMessage());
			return VIEW;
		}
		return "redirect:/login?registered";
	}

}
