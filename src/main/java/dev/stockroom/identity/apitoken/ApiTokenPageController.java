package dev.stockroom.identity.apitoken;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * The signed-in user's personal API tokens as a page: the pages' side of
 * {@link ApiTokenApiController}. A new token redirects (post/redirect/get), so that
 * reloading the page that shows its key asks for nothing again; the key crosses the
 * redirect as a flash attribute, which the next request takes out of the session, so it
 * is shown once and kept in the session only between the two requests. Every answer of
 * this page says {@code Cache-Control: no-store}, so that no browser or proxy cache keeps
 * a copy of the key either.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenPageController {

	private static final String VIEW = "identity/api-tokens";

	private final ApiTokenService tokens;

	ApiTokenPageController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	@GetMapping
	String list(Authentication authentication, Model model) {
		model.addAttribute("form", ApiTokenForm.empty());
		model.addAttribute("tokens", this.tokens.list(authentication.getName()));
		return VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ApiTokenForm form, BindingResult result, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				NewApiToken token = this.tokens.create(authentication.getName(), form.name(), form.expiresAt());
				redirect.addFlashAttribute("created", new CreatedToken(token.name(), token.key()));
				return "redirect:/account/tokens";
			}
			catch (InvalidFieldException ex) {
				String field = "expiresAt".equals(ex.getField()) ? "expiresOn" : ex.getField();
				ex.getMessages().forEach((message) -> result.rejectValue(field, "invalid", message));
			}
			catch (ConflictException ex) {
				if ("duplicate-api-token-name".equals(ex.getProblemType())) {
					result.rejectValue("name", "taken", ex.getMessage());
				}
				else {
					result.reject("tooMany", ex.getMessage());
				}
			}
		}
		model.addAttribute("tokens", this.tokens.list(authentication.getName()));
		return VIEW;
	}

	/**
	 * What the page shows of a token just made, carried over the redirect in the session:
	 * serializable, as everything in a (Redis) session must be.
	 */
	record CreatedToken(String name, String key) implements Serializable {

		// A record prints every component: keep the key out of logs.
		@Override
		public String toString() {
			return "CreatedToken[name=" + this.name + "]";
		}

	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.tokens.revoke(authentication.getName(), id);
		redirect.addFlashAttribute("flash", "API token revoked: it no longer works");
		return "redirect:/account/tokens";
	}

}
