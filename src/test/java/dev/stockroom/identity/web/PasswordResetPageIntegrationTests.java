package dev.stockroom.identity.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import dev.stockroom.identity.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password reset pages end to end, through a real SMTP server (GreenMail): the mailed
 * link is built from the configured base URL whatever {@code Host} the request claims,
 * opens a page sent with {@code Referrer-Policy: no-referrer}, works once, and a dead
 * link gets a page that says so. Known and unknown addresses get the same answer.
 */
@IntegrationTest
class PasswordResetPageIntegrationTests {

	private static final String BASE_URL = "https://stockroom.example.test";

	private static final Pattern LINK = Pattern
		.compile(Pattern.quote(BASE_URL) + "(/password-reset/[A-Za-z0-9_-]{43})\\b");

	private static final String OLD_PASSWORD = "plum kettle orbit fog";

	private static final String NEW_PASSWORD = "quartz lantern meadow drift";

	private static final String INVALID = "This reset link is invalid or has expired.";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServerAndSite(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("stockroom.base-url", () -> BASE_URL);
		// The firewall would refuse the forged Host with a 400 before any
		// page runs (AllowedHostsIntegrationTests). Let it through here,
		// as a too-wide allowed-hosts list would, to prove the second defence:
		// links come from the base URL only.
		registry.add("stockroom.allowed-hosts", () -> "localhost,evil.example");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void aMailedLinkFromTheConfiguredBaseUrlResetsThePasswordOnce() throws Exception {
		UserAccount user = register("pagereset");
		MockHttpSession openElsewhere = PageSignIn.as(this.mvc, user.username(), OLD_PASSWORD);

		this.mvc.perform(post("/password-reset").with(SignIn.anonymous())
			.with(csrf())
			.header("Host", "evil.example")
			.with((request) -> {
				request.setServerName("evil.example");
				return request;
			})
			.param("email", user.email())).andExpect(redirectedUrl("/password-reset?sent"));

		String mail = awaitMail(user.email());
		assertThat(mail).contains(BASE_URL + "/password-reset/").doesNotContain("evil.example");
		String path = pathIn(mail);

		this.mvc.perform(get(path).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("<label for=\"newPassword\">")));
		reset(path, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
		PageSignIn.as(this.mvc, user.username(), NEW_PASSWORD);
		this.mvc.perform(get("/").session(openElsewhere).with(SignIn.anonymous()))
			.andExpect(redirectedUrl("/login?expired"));

		this.mvc.perform(get(path).with(SignIn.anonymous()))
			.andExpect(status().isBadRequest())
			.andExpect(header().stringValues("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString(INVALID)));
		reset(path, "another long enough pass", "another long enough pass").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(INVALID)));
		PageSignIn.as(this.mvc, user.username(), NEW_PASSWORD);
	}

	@Test
	void unknownAddressesGetTheSameAnswerAndNoMail() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

		this.mvc.perform(post("/password-reset").with(SignIn.anonymous()).with(csrf()).param("email", unknown))
			.andExpect(redirectedUrl("/password-reset?sent"));
		this.mvc.perform(get("/password-reset?sent").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If an account exists for that address, we have sent a link")));

		// A mail requested afterwards arrives;
		// one for the unknown address would have come first.
		UserAccount control = register("control");
		this.mvc.perform(post("/password-reset").with(SignIn.anonymous()).with(csrf()).param("email", control.email()))
			.andExpect(redirectedUrl("/password-reset?sent"));
		awaitMail(control.email());
		Thread.sleep(500);
		assertThat(resetMailsTo(unknown)).isEmpty();
	}

	@Test
	void aMalformedAddressIsShownBesideTheField() throws Exception {
		this.mvc.perform(post("/password-reset").with(SignIn.anonymous()).with(csrf()).param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"));
	}

	@Test
	void aMadeUpLinkShowsTheInvalidPage() throws Exception {
		for (String token : List.of("A".repeat(43), "not-a-token")) {
			this.mvc.perform(get("/password-reset/" + token).with(SignIn.anonymous()))
				.andExpect(status().isBadRequest())
				.andExpect(header().stringValues("Referrer-Policy", "no-referrer"))
				.andExpect(content().string(containsString(INVALID)));
		}
	}

	@Test
	void aWeakOrMismatchedPasswordIsShownBesideItsFieldAndTheLinkStillWorks() throws Exception {
		UserAccount user = register("pageweak");
		this.mvc.perform(post("/password-reset").with(SignIn.anonymous()).with(csrf()).param("email", user.email()));
		String path = pathIn(awaitMail(user.email()));

		reset(path, "short", "short").andExpect(status().isOk())
			.andExpect(header().stringValues("Referrer-Policy", "no-referrer"))
			.andExpect(model().attributeHasFieldErrors("form", "newPassword"))
			.andExpect(content().string(containsString("Use at least 12 characters")));
		reset(path, NEW_PASSWORD, OLD_PASSWORD).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPasswordConfirmation", "PasswordsMatch"));

		reset(path, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?reset"));
	}

	private ResultActions reset(String path, String chosen, String confirmation) throws Exception {
		return this.mvc.perform(post(path).with(SignIn.anonymous())
			.with(csrf())
			.param("newPassword", chosen)
			.param("newPasswordConfirmation", confirmation));
	}

	private static String pathIn(String mail) {
		Matcher matcher = LINK.matcher(mail);
		assertThat(matcher.find()).as("a link in: %s", mail).isTrue();
		return matcher.group(1);
	}

	private static String awaitMail(String recipient) throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> !resetMailsTo(recipient).isEmpty());
		return resetMailsTo(recipient).get(0).getContent().toString();
	}

	private static List<MimeMessage> resetMailsTo(String recipient) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			// Registering sends a welcome mail too: only reset mails count.
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
					&& "Reset your Stockroom password".equals(message.getSubject())) {
				found.add(message);
			}
		}
		return found;
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Reset Tester", OLD_PASSWORD));
	}

}
