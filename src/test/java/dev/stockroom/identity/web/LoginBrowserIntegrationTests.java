package dev.stockroom.identity.web;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.stockroom.support.Browser;
import dev.stockroom.support.BrowserTest;

import static dev.stockroom.support.PageSignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, out and up in a real browser, through the real forms: the CSRF tokens,
 * cookies and redirects are the ones a person's browser gets.
 */
@BrowserTest
class LoginBrowserIntegrationTests {

	private static final By LOGIN_FORM = By.cssSelector("form[action$='/login']");

	private static final By LOGOUT_FORM = By.cssSelector("form[action$='/logout']");

	private static final By SIGNED_IN_AS = By.cssSelector(".site-header .account strong");

	@Test
	void signsInAndOutThroughTheForms(Browser browser) {
		browser.signIn("clerk", DEMO_PASSWORD);

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.find(SIGNED_IN_AS).getText()).isEqualTo("clerk");

		browser.submit(LOGOUT_FORM);

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.query()).isEqualTo("logout");
		assertThat(browser.find(By.cssSelector("main [role=status]")).isDisplayed()).isTrue();
		browser.open("/");
		assertThat(browser.path()).as("signed out: the start page sends to the login page").isEqualTo("/login");
	}

	@Test
	void showsTheMessageForAWrongPasswordAndStaysSignedOut(Browser browser) {
		browser.signIn("clerk", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.query()).isEqualTo("error");
		assertThat(browser.find(By.cssSelector("main [role=alert]")).getText()).contains("not correct");
		assertThat(browser.findAll(LOGOUT_FORM)).isEmpty();
		assertThat(browser.findAll(LOGIN_FORM)).hasSize(1);
	}

	@Test
	void registersThroughTheFormAndThenSignsIn(Browser browser) {
		String username = "browser-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
		String password = "quiet orchard lantern " + username;
		browser.open("/register");
		browser.fill("username", username);
		browser.fill("email", username + "@example.com");
		browser.fill("fullName", "Bea Browser");
		browser.fill("password", password);
		browser.fill("passwordConfirmation", password);
		browser.submit(By.cssSelector("form[action$='/register']"));

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.query()).isEqualTo("registered");

		browser.signIn(username, password);

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.find(SIGNED_IN_AS).getText()).isEqualTo(username);
	}

}
