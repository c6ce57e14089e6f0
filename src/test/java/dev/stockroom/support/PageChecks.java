package dev.stockroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The every-page test's checks for a page a flow reaches (an order in a given state, say,
 * which that test cannot reach): its title and headings show no template source, axe-core
 * finds no serious or critical violation, and neither at 1366 nor at 390 px does it
 * scroll sideways.
 */
public final class PageChecks {

	private static final int[] WIDTHS = { 1366, 390 };

	private PageChecks() {
	}

	/**
	 * Checks the browser's current page at each width, then leaves the window at the
	 * widest.
	 * @param browser the browser on the page
	 */
	public static void assertUsable(Browser browser) {
		List<String> problems = new ArrayList<>();
		Axe.inject(browser);
		for (int width : WIDTHS) {
			browser.driver().manage().window().setSize(new Dimension(width, 900));
			String where = browser.path() + " at " + width + " px";
			String title = browser.driver().getTitle();
			if (title.isBlank() || title.contains("${") || title.contains("th:")) {
				problems.add(where + ": title " + title);
			}
			for (WebElement heading : browser.findAll(By.tagName("h1"))) {
				if (heading.getText().isBlank() || heading.getText().contains("${")) {
					problems.add(where + ": h1 " + heading.getText());
				}
			}
			long overflow = ((Number) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			if (overflow > 1) {
				problems.add(where + ": scrolls sideways by " + overflow + " px");
			}
			Axe.seriousViolations(browser).forEach((violation) -> problems.add(where + ": axe " + violation));
			screenshot(browser, width);
		}
		browser.driver().manage().window().setSize(new Dimension(WIDTHS[0], 900));
		assertThat(problems).isEmpty();
	}

	// For a person to look at: target/screenshots/pages/<path>-<width>.png, beside the
	// screenshot each browser test leaves of its last page.
	private static void screenshot(Browser browser, int width) {
		String name = browser.path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		try {
			browser.screenshot(Path.of("target/screenshots/pages", name + "-" + width + ".png"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
