package dev.stockroom.identity.web;

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
import dev.stockroom.identity.user.AccountProfile;
import dev.stockroom.identity.user.TimeZones;
import dev.stockroom.platform.SiteProperties;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The signed-in user's profile page: username and email to read, the full name and the
 * one-to-one profile to edit ({@link UserService#updateProfile}). Always the signed-in
 * user's own account: there is no id in the path to tamper with.
 */
@Controller
@RequestMapping("/account/profile")
class ProfileController {

	private static final String VIEW = "identity/profile";

	private final UserService users;

	private final SiteProperties site;

	ProfileController(UserService users, SiteProperties site) {
		this.users = users;
		this.site = site;
	}

	// The time zone select's options, and what choosing none means.
	@ModelAttribute
	void timeZones(Model model) {
		model.addAttribute("timeZones", TimeZones.choices());
		model.addAttribute("siteTimeZone", this.site.timeZone().getId());
	}

	@GetMapping
	String form(@AuthenticationPrincipal SignedInUser user, Model model) {
		AccountProfile profile = this.users.profile(user.id());
		model.addAttribute("account", profile);
		model.addAttribute("form", ProfileForm.of(profile));
		return VIEW;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("account", this.users.profile(user.id()));
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.users.updateProfile(user.id(), form.toUpdate());
		}
		catch (InvalidFieldException ex) {
			ex.getMessages().forEach((message) -> result.rejectValue(ex.getField(), "invalid", message));
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "Profile saved");
		return "redirect:/account/profile";
	}

}
