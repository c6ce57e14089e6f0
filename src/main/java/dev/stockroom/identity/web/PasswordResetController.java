package dev.stockroom.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.stockroom.identity.password.PasswordResets;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The password reset pages (Django's {@code PasswordResetView} and
 * {@code PasswordResetConfirmView}): ask for a link by address, then choose a new
 * password on the page the link opens. The link's path is {@link PasswordResets#PATH}
 * followed by the token.
 *
 * <p>
 * Asking answers the same for every well-formed address, known or not, so the page cannot
 * be used to find out who has an account. The page behind a link has the token in its
 * address, so it is sent with {@code Referrer-Policy: no-referrer}: no request it leads
 * to (a stylesheet, a link followed) carries the token in a {@code Referer} header.
 * Spring Security's own header writer leaves a header the response already has alone. A
 * dead link gets a page saying so, with status 400, rather than a form that cannot work.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	static final String REFERRER_POLICY = "Referrer-Policy";

	private static final String REQUEST_VIEW = "identity/password-reset-request";

	private static final String RESET_VIEW = "identity/password-reset";

	private static final String INVALID_VIEW = "identity/password-reset-invalid";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping
	String requestForm(Model model) {
		model.addAttribute("form", PasswordResetRequestForm.empty());
		return REQUEST_VIEW;
	}

	// Redirect after the POST, so that reloading the answer does not mail again.
	@PostMapping
	String request(@Valid @ModelAttribute("form") PasswordResetRequestForm form, BindingResult result) {
		if (result.hasErrors()) {
			return REQUEST_VIEW;
		}
		this.resets.request(form.email());
		return "redirect:/password-reset?sent";
	}

	@GetMapping("/{token}")
	String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader(REFERRER_POLICY, "no-referrer");
		if (!this.resets.isUsable(token)) {
			return invalid(response);
		}
		model.addAttribute("form", PasswordResetForm.empty());
		model.addAttribute("token", token);
		return RESET_VIEW;
	}

	@PostMapping("/{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") PasswordResetForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		response.setHeader(REFERRER_POLICY, "no-referrer");
		model.addAttribute("token", token);
		if (result.hasErrors()) {
			return this.resets.isUsable(token) ? RESET_VIEW : invalid(response);
		}
		try {
			this.resets.reset(token, form.newPassword());
		}
		catch (InvalidFieldException ex) {
			if (!"newPassword".equals(ex.getField())) {
				return invalid(response);
			}
			ex.getMessages().forEach((message) -> result.rejectValue("newPassword", "invalid", message));
			return RESET_VIEW;
		}
		return "redirect:/login?reset";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return INVALID_VIEW;
	}

}
