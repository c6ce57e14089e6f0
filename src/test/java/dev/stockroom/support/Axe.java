package dev.stockroom.support;

import java.io.IOException;
import java.util.List;

import javax.naming.OperationNotSupportedException;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core (the version its selenium artifact bundles) run in the browser's page,
 * for the browser tests' accessibility checks.
 */
public final class Axe {

	private static final String SCRIPT = script();

	/*
	 * Runs axe-core in the page with its default rules (WCAG A and AA and best
	 * practices), and answers each serious or critical violation with the elements it was
	 * found on, by CSS selector, and axe's one-line advice.
	 */
	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then((results) => done(results.violations
			    .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
			    .map((rule) => rule.impact + ' ' + rule.id + ' on '
			      + rule.nodes.map((node) => node.target.join(' ')).join(', ') + ' (' + rule.help + ')')))
			  .catch((error) => done(['did not run: ' + error]));
			""";

	private Axe() {
	}

	/**
	 * Puts axe-core into the page loaded now; once per page load (a resize keeps it).
	 * @param browser the browser
	 */
	public static void inject(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript(SCRIPT);
	}

	/**
	 * @param browser the browser, with axe-core in its page ({@link #inject})
	 * @return the serious and critical violations, one line each
	 */
	public static List<String> seriousViolations(Browser browser) {
		return ((List<?>) browser.driver().executeAsyncScript(RUN)).stream().map(String::valueOf).toList();
	}

	private static String script() {
		try {
			return new EmbeddedResourceAxeProvider().getScript();
		}
		catch (IOException | OperationNotSupportedException ex) {
			throw new IllegalStateException("axe-core's script is not on the class path", ex);
		}
	}

}
