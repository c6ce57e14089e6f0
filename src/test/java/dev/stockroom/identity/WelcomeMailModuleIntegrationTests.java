package dev.stockroom.identity;

import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.stockroom.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity as a module: only it and the platform it depends on are started, on the run's
 * PostgreSQL, with a real SMTP server (GreenMail). A registration publishes
 * {@link UserRegistered}, and once the registering transaction commits the welcome mail
 * goes out.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WelcomeMailModuleIntegrationTests {

	/*
	 * Started here rather than by GreenMail's JUnit extension: the module test's context
	 * starts before that extension's beforeAll, and needs the port.
	 */
	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static {
		smtp.start();
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	UserService users;

	@Test
	void aRegistrationPublishesUserRegisteredAndTheNewUserIsWelcomedByMail(Scenario scenario) {
		String username = "module-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";

		scenario.stimulate(
				() -> this.users.register(new RegistrationRequest(username, email, "Mo Dule", "correct horse battery")))
			.andWaitForStateChange(() -> received(email))
			.andVerify((mail, account) -> {
				assertThat(account.username()).isEqualTo(username);
				assertThat(subject(mail)).isEqualTo("Welcome to Stockroom");
				assertThat(GreenMailUtil.getBody(mail)).contains("Hello " + username);
			});
	}

	@Test
	void theWelcomeMailAnswersTheEventAlone(Scenario scenario) {
		String username = "event-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";

		scenario.publish(new UserRegistered(-1L, username, email))
			.andWaitForStateChange(() -> received(email))
			.andVerify((mail) -> assertThat(GreenMailUtil.getBody(mail)).contains("Hello " + username));
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage received(String recipient) {
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(recipient)) {
					return message;
				}
			}
			return null;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
