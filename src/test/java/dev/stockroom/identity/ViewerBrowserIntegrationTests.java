package dev.stockroom.identity;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a VIEWER (who may look at the catalog and the warehouses, and change nothing) sees
 * in a real browser: the permission matrix decides both what the pages offer and what the
 * server lets through.
 *
 * <p>
 * The other half, a 403 on a direct URL the viewer may not open, waits for the first page
 * that needs more than viewing: today every page row is one a signed-in viewer may open,
 * and a path with no row answers 404 to a signed-in user.
 */
@BrowserTest
class ViewerBrowserIntegrationTests {

	@Autowired
	UserService users;

	Set<String> viewerPermissions;

	@BeforeEach
	void signInAsViewer(Browser browser) {
		this.viewerPermissions = this.users.permissionsOf("viewer");
		browser.signIn("viewer", DEMO_PASSWORD);
	}

	@Test
	void seesOnTheProductListOnlyWhatTheMatrixLetsAViewerDo(Browser browser) {
		browser.open("/products");

		assertThat(browser.status()).isEqualTo(200);
		assertThat(browser.find(By.id("content")).isDisplayed()).isTrue();
		assertThat(browser.findAll(By.cssSelector("nav a[href$='/products']"))).hasSize(1);
		assertThat(browser.findAll(By.cssSelector("a[href$='/products/new']"))).isEmpty();
		// Signing out is the one thing on the page that posts.
		assertThat(browser.findAll(By.cssSelector("form[method='post' i]:not([action$='/logout'])"))).isEmpty();
		// Every link and form on the page is a request the viewer would be let through:
		// the page offers no button that ends in a 403.
		URI page = URI.create(browser.driver().getCurrentUrl());
		for (WebElement link : browser.findAll(By.cssSelector("a[href]"))) {
			assertAllowed(HttpMethod.GET, page.resolve(link.getDomAttribute("href")));
		}
		for (WebElement form : browser.findAll(By.tagName("form"))) {
			String method = form.getDomAttribute("method");
			String action = form.getDomAttribute("action");
			assertAllowed(HttpMethod.valueOf(method == null ? "GET" : method.toUpperCase()),
					page.resolve((action != null) ? action : ""));
		}
	}

	// Relative links (the skip link's #content, a page's ?page=2)
	// are resolved against the page, as the browser resolves them.
	private void assertAllowed(HttpMethod method, URI target) {
		String path = target.getPath();
		assertThat(StandardMatrix.get().allows(this.viewerPermissions, method, path))
			.as("a viewer may %s %s", method, path)
			.isTrue();
	}

}
