package dev.stockroom.platform.api;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * Swagger UI in a real browser: it renders the document, an operation opens with its
 * responses, and the page's Content Security Policy refuses nothing on the way, with no
 * severe message in the console.
 */
@BrowserTest
class SwaggerUiBrowserIntegrationTests {

	// Recorded from before the page's first script: a refusal is counted even when it
	// happens before the test looks.
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(
				e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
			""";

	@Test
	void rendersTheDocumentWithoutPolicyViolationsOrConsoleErrors(Browser browser) {
		browser.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));

		browser.open("/swagger-ui/index.html");

		assertThat(browser.find(By.cssSelector(".swagger-ui .info .title")).getText()).contains("Stockroom API");
		browser.find(By.cssSelector("#operations-Products-listProducts .opblock-summary-control")).click();
		assertThat(browser.find(By.cssSelector("#operations-Products-listProducts .responses-table")).getText())
			.contains("text/csv", "application/problem+json");
		assertThat(browser.driver().executeScript("return window.cspViolations;")).asInstanceOf(LIST).isEmpty();
		assertThat(severeConsoleMessages(browser)).isEmpty();
	}

	// ChromeDriver keeps the browser's console at WARNING and above unless told
	// otherwise; a refusal by the policy is SEVERE.
	private static List<String> severeConsoleMessages(Browser browser) {
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

}
