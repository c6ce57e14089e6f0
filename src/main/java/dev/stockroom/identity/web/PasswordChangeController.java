package dev.stockroom.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The signed-in user's password change page (Django's {@code PasswordChangeView}).
 * {@link UserService#changePassword} signs the user's API clients out; this browser stays
 * signed in, under a new session id (Django's {@code update_session_auth_hash}, which
 * cycles the session key too), so that a session id seen before the change is worthless
 * after it.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	private static final String VIEW = "identity/password-change";

	private final UserService users;

	PasswordChangeController(UserService users) {
		this.users = users;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.users.changePassword(user.id(), form.currentPassword(), form.newPassword());
		}
		catch (InvalidFieldException ex) {
			ex.getMessages().forEach((message) -> result.rejectValue(ex.getField(), "invalid", message));
			return VIEW;
		}
		request.changeSessionId();
		redirect.addFlashAttribute("flash", "Password changed");
		return "redirect:/";
	}

}
