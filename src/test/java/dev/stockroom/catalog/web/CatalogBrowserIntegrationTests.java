package dev.stockroom.catalog.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog pages in a real browser: a VIEWER is offered no way to change a product and
 * is refused the edit page's URL; an invalid price is shown beside the field and nothing
 * is saved; every problem of a form is shown at once, its summary focused; an uploaded
 * image comes back as a thumbnail on the product's page.
 */
@BrowserTest
class CatalogBrowserIntegrationTests {

	@Autowired
	ProductService products;

	@Test
	void aViewerSeesNoEditButtonsAndIsRefusedTheEditPage(Browser browser) {
		long product = product();
		browser.signIn("viewer", DEMO_PASSWORD);

		browser.open("/products/" + product);
		assertThat(browser.status()).isEqualTo(200);
		assertThat(browser.findAll(By.cssSelector("a[href$='/edit'], a[href$='/delete'], a[href$='/image']")))
			.isEmpty();
		browser.open("/products");
		assertThat(browser.findAll(By.cssSelector("a[href$='/products/new']"))).isEmpty();

		browser.open("/products/" + product + "/edit");
		assertThat(browser.status()).isEqualTo(403);
		assertThat(browser.findAll(By.cssSelector("form[method=post][action$='/edit']"))).isEmpty();
	}

	// Four problems in one answer, and the summary's first link has the focus, with no
	// script: the keyboard is one Enter away from the first field to fix.
	@Test
	void everyProblemIsShownAtOnceAndTheSummaryTakesTheFocus(Browser browser) {
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/products/new");
		browser.fill("cost", "abc");
		browser.fill("barcode", "123");
		browser.submit(By.cssSelector("form[action$='/products/new']"));

		for (String field : new String[] { "sku", "name", "cost", "barcode" }) {
			assertThat(browser.find(By.id(field + "-error")).getText()).as(field).isNotBlank();
		}
		WebElement first = browser.find(By.cssSelector(".error-summary a"));
		assertThat(browser.findAll(By.cssSelector(".error-summary a"))).hasSize(4);
		assertThat(browser.driver().switchTo().activeElement()).isEqualTo(first);
	}

	@Test
	void anInvalidPriceIsShownBesideTheFieldAndNothingIsSaved(Browser browser) {
		String sku = "BRP-" + unique();
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/products");
		browser.find(By.cssSelector("a[href$='/products/new']")).click();

		browser.fill("sku", sku);
		browser.fill("name", "Priced wrongly");
		browser.fill("price", "-3");
		browser.submit(By.cssSelector("form[method=post][action$='/products/new']"));

		assertThat(browser.find(By.id("price-error")).getText()).isNotBlank();
		assertThat(browser.find(By.id("price")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.products.list(new dev.stockroom.catalog.ProductFilter(null, null, sku),
				org.springframework.data.domain.Pageable.unpaged()))
			.isEmpty();
	}

	@Test
	void anUploadedImageIsShownAsAThumbnail(Browser browser, @TempDir Path dir) throws IOException {
		long product = product();
		Path picture = picture(dir.resolve("crate.png"));
		browser.signIn("manager", DEMO_PASSWORD);
		browser.open("/products/" + product + "/image");

		browser.find(By.id("file")).sendKeys(picture.toString());
		browser.submit(By.cssSelector("form[enctype='multipart/form-data']"));

		assertThat(browser.path()).isEqualTo("/products/" + product);
		WebElement thumbnail = browser.find(By.cssSelector("img.thumbnail"));
		assertThat(thumbnail.getDomAttribute("src")).startsWith("/media/");
		Object width = browser.driver()
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1;", thumbnail);
		assertThat(((Number) width).intValue()).as("the thumbnail loaded, 200 pixels wide").isEqualTo(200);
	}

	private long product() {
		return this.products.create(ProductRequest.of("BRC-" + unique(), "Browser crate")).id();
	}

	private static Path picture(Path file) throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 120, 200));
		graphics.fillRect(0, 0, 640, 480);
		graphics.dispose();
		ImageIO.write(image, "png", Files.newOutputStream(file));
		return file;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
