package dev.stockroom.platform.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.identity.StandardMatrix;
import dev.stockroom.identity.UserService;
import dev.stockroom.platform.PageHtmlIntegrationTests;
import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.Axe;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site (each GET page the permission matrix lists, as
 * {@link PageHtmlIntegrationTests} finds them) and every kind of admin screen (the index,
 * change lists, add, change, history and delete pages of a few models), seen by each demo
 * user (one per role) wherever the permission matrix lets them in, in a real browser at a
 * desktop width and a phone width. Each page is loaded once and looked at in both widths
 * by resizing the window. At each width:
 * <ul>
 * <li>no heading, tab title or breadcrumb shows template source (a model attribute named
 * like a layout parameter once made every admin change page show {@code <title
 * th:text="|${title} · ...});</li>
 * <li>axe-core (Deque's engine, run in the page) finds no serious or critical
 * violation;</li>
 * <li>the browser's console has no severe message (a 404 for a stylesheet or the favicon,
 * a refused Content-Security-Policy, a script error);</li>
 * <li>at the phone width no page scrolls sideways (wide tables scroll inside their own
 * box) and the header, its navigation folded behind a menu, stays short; at the desktop
 * width the header is one row.</li>
 * </ul>
 * A screenshot of each page at each width lands in {@code target/screenshots/}. A page
 * added later joins as soon as its row is in the permission matrix.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

	@Autowired
	UserService users;

	@Autowired
	PurchaseOrderService purchaseOrders;

	@Autowired
	SalesOrderService salesOrders;

	// Name (for the screenshot) to path, of every page there is.
	private Map<String, String> pages;

	@BeforeAll
	void makeOneOfEach() {
		this.pages = pages();
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void everyPageIsCleanAtBothWidths(DemoUser user, Browser browser) throws IOException {
		Map<String, String> visible = visibleTo(user);
		browser.signIn(user.username(), DEMO_PASSWORD);
		consoleErrors(browser); // what the sign-in logged is not the pages'
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		int width = WIDTHS[0];
		for (Map.Entry<String, String> page : visible.entrySet()) {
			browser.open(page.getValue());
			// Once per page: a page load forgets it, a resize does not.
			Axe.inject(browser);
			for (int i = 0; i < WIDTHS.length; i++) {
				if (i > 0) {
					// The other width by resizing, not loading the page again; each page
					// starts at the width the last one ended with: one resize a page.
					width = (width == WIDTHS[0]) ? WIDTHS[1] : WIDTHS[0];
				}
				browser.driver().manage().window().setSize(new Dimension(width, 900));
				String where = page.getValue() + " as " + user.username() + " at " + width + " px";
				if (browser.status() != 200) {
					problems.add(where + ": status " + browser.status());
				}
				checkText(browser, where, problems);
				checkLayout(browser, where, width, problems);
				Axe.seriousViolations(browser).forEach((violation) -> problems.add(where + ": axe " + violation));
				consoleErrors(browser).forEach((message) -> problems.add(where + ": console: " + message));
				// The superuser sees every page: their screenshots show each one.
				if (user == DemoUser.ADMIN) {
					screenshot(browser, page.getKey() + "-" + width);
				}
			}
		}
		System.out.printf("Every page as %s: %d pages at %d widths in %d ms%n", user.username(), visible.size(),
				WIDTHS.length, Duration.ofNanos(System.nanoTime() - started).toMillis());
		assertThat(problems).isEmpty();
		assertThat(visible).hasSizeGreaterThan(user.fewestPages);
	}

	private static void checkText(Browser browser, String where, List<String> problems) {
		check(where, "title", browser.driver().getTitle(), problems);
		for (WebElement heading : browser.findAll(By.tagName("h1"))) {
			check(where, "h1", heading.getText(), problems);
		}
		for (WebElement crumbs : browser.findAll(By.cssSelector("nav[aria-label=Breadcrumb], .breadcrumbs"))) {
			check(where, "breadcrumb", crumbs.getText(), problems);
		}
	}

	private static void check(String where, String what, String text, List<String> problems) {
		if (text.isBlank() || TEMPLATE_SYNTAX.stream().anyMatch(text::contains)) {
			problems.add(where + ": " + what + " is \"" + text + "\"");
		}
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

	// The browser's log since it was last read (reading empties it), at level SEVERE:
	// failed loads (404s), Content-Security-Policy refusals, uncaught script errors.
	private static List<String> consoleErrors(Browser browser) {
		return browser.driver()
			.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private static long number(Browser browser, String script) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
	}

	// What the user may open: the site's pages the permission matrix lets them GET, and
	// the admin's screens for staff, but for the models whose view permission they lack
	// (the admin site answers those with 403).
	private Map<String, String> visibleTo(DemoUser user) {
		Set<String> authorities = new HashSet<>(this.users.permissionsOf(user.username()));
		authorities.addAll(user.authorities);
		Map<String, String> visible = new LinkedHashMap<>();
		this.pages.forEach((name, path) -> {
			boolean allowed = path.startsWith("/admin")
					? authorities.contains(AccessRequirement.STAFF_AUTHORITY) && ADMIN_MODEL_PERMISSIONS.entrySet()
						.stream()
						.noneMatch((model) -> path.startsWith("/admin/" + model.getKey())
								&& !authorities.contains(model.getValue()))
					: StandardMatrix.get().allows(authorities, HttpMethod.GET, path);
			if (allowed) {
				visible.put(name, path);
			}
		});
		return visible;
	}

	/*
	 * The admin's models that not every staff role may open, and what they need (the user
	 * admin asks for user.change even to view: a manager, who may only view users, is not
	 * let in).
	 */
	private static final Map<String, String> ADMIN_MODEL_PERMISSIONS = Map.of("users", "user.change", "groups",
			"group.view", "api-tokens", "api_token.view");

	// Name (for the screenshot) to path: the site's pages with one row of each resource
	// for the pages whose path names an id, then the admin's screens.
	private Map<String, String> pages() {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		Map<String, Long> ids = new java.util.HashMap<>(Map.of("products",
				this.products.create(ProductRequest.of("EVERY-" + suffix, "Every page")).id(), "categories",
				this.categories.create(new CategoryRequest("Every page " + suffix, null, null, null)).id(), "suppliers",
				this.suppliers.create(new SupplierRequest("Every page " + suffix, null, null, null, null, null)).id(),
				"warehouses",
				this.warehouses.create(new WarehouseRequest("E" + suffix, "Every page", null, null, null)).id()));
		ids.put("purchase-orders", this.purchaseOrders
			.create(new PurchaseOrderRequest(ids.get("suppliers"), ids.get("warehouses"), null, "Every page",
					List.of(new PurchaseOrderLineRequest(ids.get("products"), 3, java.math.BigDecimal.ONE)), null))
			.id());
		ids.put("sales-orders", this.salesOrders
			.create(new SalesOrderRequest(new Customer("Every page " + suffix, null, null), ids.get("warehouses"),
					List.of(new SalesOrderLineRequest(ids.get("products"), 3, java.math.BigDecimal.ONE)), null))
			.id());
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

	/**
	 * The demo users, one per role, with the authorities a sign-in adds to their
	 * permissions, and how many pages each sees at least (so that a sign-in gone wrong
	 * cannot pass by seeing nothing).
	 */
	enum DemoUser {

		ADMIN(55, AccessRequirement.STAFF_AUTHORITY, AccessRequirement.SUPERUSER_AUTHORITY),

		MANAGER(50, AccessRequirement.STAFF_AUTHORITY),

		CLERK(18),

		VIEWER(15);

		private final int fewestPages;

		private final Set<String> authorities;

		DemoUser(int fewestPages, String... authorities) {
			this.fewestPages = fewestPages;
			this.authorities = Set.of(authorities);
		}

		String username() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
