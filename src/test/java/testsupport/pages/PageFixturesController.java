package testsupport.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that fail on purpose, and one that shows the layout's fragments with data a test
 * chooses. Outside {@code dev.stockroom}, so component scanning never finds it: only a
 * test that imports it has it (the permission matrix has no row for its paths, so a
 * signed-in user reaches them).
 */
@Controller
public class PageFixturesController {

	/** Throws an unexpected exception whose message must never reach the page. */
	public static final String BROKEN = "/test/pages/broken";

	/** Refuses the user, as a permission check inside a controller would. */
	public static final String FORBIDDEN = "/test/pages/forbidden";

	/** The breadcrumbs, pagination, form-field and badge fragments. */
	public static final String FRAGMENTS = "/test/pages/fragments";

	/** What the broken page's exception says. */
	public static final String SECRET = "connection to db-internal-7 refused for user stockroom_owner";

	@GetMapping(BROKEN)
	String broken() {
		throw new IllegalStateException(SECRET);
	}

	@GetMapping(FORBIDDEN)
	String forbidden() {
		throw new AccessDeniedException("not for you");
	}

	@GetMapping(FRAGMENTS)
	String fragments(@RequestParam(defaultValue = "0") int page, Model model) {
		SampleForm form = new SampleForm("", "Some notes", "BOX");
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue("name", "required", "Enter a name");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		Map<String, String> units = new LinkedHashMap<>();
		units.put("EACH", "Each");
		units.put("BOX", "Box");
		model.addAttribute("units", units);
		List<Integer> items = IntStream.range(0, 10).boxed().toList();
		model.addAttribute("items", new PageImpl<>(items, PageRequest.of(page, 10), 95));
		return "testsupport/fragments";
	}

	/**
	 * A form backing object.
	 *
	 * @param name a required name
	 * @param notes free text
	 * @param unit a choice
	 */
	public record SampleForm(String name, String notes, String unit) {
	}

}
