package dev.stockroom.identity.user;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registering a user sends a welcome mail through a real SMTP server (GreenMail), after
 * the registration commits, and never for a registration that was rolled back.
 */
@IntegrationTest
class WelcomeMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	UserService users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewUserReceivesAWelcomeMailAfterRegistering() throws Exception {
		String username = "welcome-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";

		this.users.register(new RegistrationRequest(username, email, "Wendy Welcome", "correct horse battery"));

		await().atMost(Duration.ofSeconds(10)).until(() -> received(email) != null);
		MimeMessage mail = received(email);
		assertThat(mail.getSubject()).isEqualTo("Welcome to Stockroom");
		assertThat(GreenMailUtil.getBody(mail)).contains("Hello " + username);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.sql(
					"SELECT count(*) FROM event_publication WHERE serialized_event LIKE :user AND completion_date IS NOT NULL")
				.param("user", "%" + username + "%")
				.query(Long.class)
				.single()).as("the publication is marked complete").isEqualTo(1));
	}

	@Test
	void aRegistrationThatRollsBackSendsNoMail() throws Exception {
		String username = "rolledback-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";

		this.transactions.executeWithoutResult((status) -> {
			this.users.register(new RegistrationRequest(username, email, "Rolf Back", "correct horse battery"));
			status.setRollbackOnly();
		});

		// A mail sent for it would arrive well within this;
		// the other test's mail shows how fast.
		Thread.sleep(2000);
		assertThat(received(email)).isNull();
	}

	private static MimeMessage received(String recipient) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)) {
				return message;
			}
		}
		return null;
	}

}
