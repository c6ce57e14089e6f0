package dev.stockroom.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin site in a real browser, as a staff member uses it: filter and search the
 * product list, tick three products and deactivate them with the bulk action; try to
 * delete a category that still has products and read why it cannot be; tick a whole page
 * with the select-all box and come back to the same list after the action.
 */
@BrowserTest
class AdminBrowserIntegrationTests {

	@Autowired
	ProductService products;

	@Autowired
	CategoryService categories;

	@Test
	void filtersProductsSelectsThreeAndDeactivatesThem(Browser browser) {
		String prefix = "ADMB-" + AdminPagesIntegrationTests.unique();
		List<Long> ids = List.of(product(prefix + "-1"), product(prefix + "-2"), product(prefix + "-3"),
				product(prefix + "-4"));
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/admin");
		browser.find(By.cssSelector("#model-products a[href='/admin/products']")).click();

		browser.fill("admin-search", prefix);
		browser.submit(By.cssSelector("form[role=search]"));
		browser.find(By.linkText("Yes")).click();
		assertThat(browser.query()).contains("active=true").contains("q=" + prefix);
		assertThat(rows(browser)).hasSize(4);

		for (long id : ids.subList(0, 3)) {
			browser.find(By.cssSelector("#row-" + id + " input[name=selected]")).click();
		}
		new Select(browser.find(By.id("admin-action"))).selectByValue("deactivate");
		browser.submit(By.id("changelist-form"));

		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).isEqualTo("Deactivated 3 products.");
		browser.open("/admin/products?q=" + prefix);
		for (long id : ids.subList(0, 3)) {
			assertThat(browser.find(By.cssSelector("#row-" + id)).getText()).contains("No");
		}
		assertThat(browser.find(By.cssSelector("#row-" + ids.get(3))).getText()).contains("Yes");
		assertThat(ids.stream().map((id) -> this.products.get(id).active())).containsExactly(false, false, false, true);
		// Filtered on active=false, exactly the three are listed.
		browser.open("/admin/products?q=" + prefix + "&active=false");
		assertThat(rows(browser)).hasSize(3);
	}

	@Test
	void deletingACategoryThatStillHasProductsIsRefusedWithTheReason(Browser browser) {
		String name = "Admin shelf " + AdminPagesIntegrationTests.unique();
		long category = this.categories.create(new CategoryRequest(name, null, null, null)).id();
		this.products.create(new ProductRequest("ADMC-" + AdminPagesIntegrationTests.unique(), "On the shelf", null,
				null, null, null, null, null, null, null, category, null, null));
		browser.signIn("admin", DEMO_PASSWORD);
		browser.open("/admin/categories/" + category);
		browser.find(By.linkText("Delete")).click();

		assertThat(browser.find(By.id("delete-blocked")).getText()).contains(name).contains("still has products");
		assertThat(browser.findAll(By.id("confirm-delete"))).isEmpty();

		// The bulk delete says the same on its confirmation page, and deletes nothing.
		browser.open("/admin/categories?q=" + name.replace(' ', '+'));
		browser.find(By.cssSelector("#row-" + category + " input[name=selected]")).click();
		new Select(browser.find(By.id("admin-action"))).selectByValue("delete_selected");
		browser.submit(By.id("changelist-form"));
		assertThat(browser.find(By.cssSelector("tbody")).getText()).contains(name).contains("still has products");
		assertThat(this.categories.get(category).name()).isEqualTo(name);
	}

	@Test
	void selectAllTicksEveryRowOfThePageAndTheActionReturnsToTheList(Browser browser) {
		String prefix = "ADMS-" + AdminPagesIntegrationTests.unique();
		List<Long> ids = List.of(product(prefix + "-1"), product(prefix + "-2"), product(prefix + "-3"));
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/admin/products?q=" + prefix + "&o=-sku");

		WebElement all = browser.find(By.id("select-all"));
		assertThat(all.isDisplayed()).as("shown by select-all.js").isTrue();
		all.click();
		assertThat(boxes(browser)).allMatch(WebElement::isSelected).hasSize(3);
		// One row unticked: the box is neither ticked nor empty.
		browser.find(By.cssSelector("#row-" + ids.get(1) + " input[name=selected]")).click();
		assertThat(all.isSelected()).isFalse();
		assertThat(browser.driver().executeScript("return arguments[0].indeterminate", all)).isEqualTo(true);
		browser.find(By.cssSelector("#row-" + ids.get(1) + " input[name=selected]")).click();
		assertThat(all.isSelected()).isTrue();

		new Select(browser.find(By.id("admin-action"))).selectByValue("deactivate");
		browser.submit(By.id("changelist-form"));

		assertThat(browser.find(By.cssSelector(".alert-success")).getText()).isEqualTo("Deactivated 3 products.");
		assertThat(browser.path()).isEqualTo("/admin/products");
		assertThat(browser.query()).contains("q=" + prefix).contains("o=-sku");
		assertThat(ids.stream().map((id) -> this.products.get(id).active())).containsOnly(false);
		// Unticking the box unticks every row.
		all = browser.find(By.id("select-all"));
		all.click();
		all.click();
		assertThat(boxes(browser)).noneMatch(WebElement::isSelected);
	}

	private static List<WebElement> boxes(Browser browser) {
		return browser.findAll(By.cssSelector("#changelist-form tbody input[name=selected]"));
	}

	private long product(String sku) {
		return this.products.create(ProductRequest.of(sku, "Browser " + sku)).id();
	}

	private static List<WebElement> rows(Browser browser) {
		browser.find(By.id("changelist-form"));
		return browser.findAll(By.cssSelector("table.admin-list tbody tr[id^=row-]"));
	}

}
