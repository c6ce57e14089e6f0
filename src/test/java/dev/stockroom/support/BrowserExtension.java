package dev.stockroom.support;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The life of a {@link BrowserTest}'s browser: started before the class's first test,
 * pointed at the application's port (the {@code @LocalServerPort} of the test's context)
 * and emptied of cookies before each test, photographed after each test whatever its
 * outcome, and quit after the class, so that no Chromium outlives its tests.
 */
class BrowserExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getStore(NAMESPACE).put(Browser.class, Browser.start());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		browser(context).reset("http://localhost:" + port);
	}

	// Runs after the test and its @AfterEach methods; should the screenshot fail after a
	// failed test, JUnit reports the test's own failure with this one suppressed.
	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		browser(context).screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.quit();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

}
