package dev.stockroom.platform.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.PageHtmlIntegrationTests;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site (each GET page the permission matrix lists, as
 * {@link PageHtmlIntegrationTests} finds them) and every kind of admin screen (the index,
 * change lists, add, change, history and delete pages of a few models), seen by the
 * superuser in a real browser at a desktop width and a phone width: no heading, tab title
 * or breadcrumb shows template source (a model attribute named like a layout parameter
 * once made every admin change page show {@code <title th:text="|${title} · ...}). A
 * screenshot of each page at each width lands in {@code target/screenshots/}. At the
 * phone width no page scrolls sideways (wide tables scroll inside their own box) and the
 * header, its navigation folded behind a menu, stays short; at the desktop width the
 * header is one row.
 */
@BrowserTest
class EveryPageBrowserIntegrationTests {

	private static final int[] WIDTHS = { 1366, 390 };

	private static final List<String> TEMPLATE_SYNTAX = List.of("th:", "${", "|", "<title");

	/* One row of the header is about 57 px high, two rows over 95. */
	private static final Map<Integer, Integer> MAX_HEADER_HEIGHT = Map.of(1366, 80, 390, 120);

	/* Names the elements that reach past the window's right edge, to say what to fix. */
	private static final String PAST_THE_EDGE = "const edge = document.documentElement.clientWidth;"
			+ " return [...document.querySelectorAll('body *')]"
			+ ".filter((e) => e.getBoundingClientRect().right > edge + 1)"
			+ ".slice(0, 5).map((e) => e.tagName + '.' + e.className).join(', ');";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Autowired
	SupplierService suppliers;

	@Autowired
	WarehouseService warehouses;

	@Test
	void noHeadingTitleOrBreadcrumbShowsTemplateSyntaxAtEitherWidth(Browser browser) throws IOException {
		Map<String, String> pages = pages();
		browser.signIn("admin", DEMO_PASSWORD);
		List<String> problems = new ArrayList<>();
		for (int width : WIDTHS) {
			browser.driver().manage().window().setSize(new Dimension(width, 900));
			for (Map.Entry<String, String> page : pages.entrySet()) {
				browser.open(page.getValue());
				String where = page.getValue() + " at " + width + " px";
				if (browser.status() != 200) {
					problems.add(where + ": status " + browser.status());
				}
				check(where, "title", browser.driver().getTitle(), problems);
				for (WebElement heading : browser.findAll(By.tagName("h1"))) {
					check(where, "h1", heading.getText(), problems);
				}
				for (WebElement crumbs : browser.findAll(By.cssSelector("nav[aria-label=Breadcrumb], .breadcrumbs"))) {
					check(where, "breadcrumb", crumbs.getText(), problems);
				}
				checkLayout(browser, where, width, problems);
				screenshot(browser, page.getKey() + "-" + width);
			}
		}
		assertThat(problems).isEmpty();
		assertThat(pages).hasSizeGreaterThan(30);
	}

	private static void checkLayout(Browser browser, String where, int width, List<String> problems) {
		long header = number(browser,
				"return Math.ceil(document.querySelector('.site-header')" + ".getBoundingClientRect().height);");
		if (header > MAX_HEADER_HEIGHT.get(width)) {
			problems.add(where + ": header is " + header + " px high");
		}
		long overflow = number(browser,
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		if (overflow > 1) {
			problems.add(where + ": page scrolls sideways by " + overflow + " px, past the edge: "
					+ ((JavascriptExecutor) browser.driver()).executeScript(PAST_THE_EDGE));
		}
	}

	private static long number(Browser browser, String script) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
	}

	private static void check(String where, String what, String text, List<String> problems) {
		if (text.isBlank() || TEMPLATE_SYNTAX.stream().anyMatch(text::contains)) {
			problems.add(where + ": " + what + " is \"" + text + "\"");
		}
	}

	// Name (for the screenshot) to path: the site's pages with one row of each resource
	// for the pages whose path names an id, then the admin's screens.
	private Map<String, String> pages() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		Map<String, Long> ids = Map.of("products",
				this.products.create(ProductRequest.of("EVERY-" + suffix, "Every page")).id(), "categories",
				this.categories.create(new CategoryRequest("Every page " + suffix, null, null, null)).id(), "suppliers",
				this.suppliers.create(new SupplierRequest("Every page " + suffix, null, null, null, null, null)).id(),
				"warehouses",
				this.warehouses.create(new WarehouseRequest("E" + suffix, "Every page", null, null, null)).id());
		Map<String, String> pages = new LinkedHashMap<>();
		PageHtmlIntegrationTests.pages().forEach((pattern) -> {
			String resource = pattern.replaceFirst("^/([a-z-]+).*", "$1");
			String path = pattern.contains("{id}") ? pattern.replace("{id}", Long.toString(ids.get(resource)))
					: pattern;
			pages.put(name(pattern), path);
		});
		pages.put("admin", "/admin");
		Stream
			.of("products", "categories", "suppliers", "warehouses", "users", "groups", "api-tokens", "movements",
					"stock-levels")
			.forEach((model) -> pages.put("admin-" + model, "/admin/" + model));
		for (String model : List.of("products", "categories", "suppliers", "warehouses")) {
			String object = "/admin/" + model + "/" + ids.get(model);
			pages.put("admin-" + model + "-new", "/admin/" + model + "/new");
			pages.put("admin-" + model + "-id", object);
			pages.put("admin-" + model + "-id-history", object + "/history");
		}
		for (String model : List.of("products", "categories", "suppliers")) {
			pages.put("admin-" + model + "-id-delete", "/admin/" + model + "/" + ids.get(model) + "/delete");
		}
		return pages;
	}

	private static String name(String pattern) {
		String name = pattern.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return name.isEmpty() ? "dashboard" : name;
	}

	private static void screenshot(Browser browser, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
		Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
