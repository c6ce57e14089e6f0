package dev.stockroom.identity.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the dev profile is ready, the log says where Stockroom runs and how to sign in; a
 * password set through the environment never reaches it. The test context is shared and
 * was ready before this class ran, so the tests hand the listener (and only it) the event
 * a start sends.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSignInAnnouncementIntegrationTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	DemoSignInAnnouncement announcement;

	@LocalServerPort
	int port;

	@Test
	void aReadyApplicationLogsTheUrlTheDemoUsersAndTheDefaultPassword(CapturedOutput output) {
		this.announcement.onReady(readyEvent());

		assertThat(output).contains("Stockroom is running at http://localhost:" + this.port
				+ " \u2014 sign in as admin / manager / clerk / viewer, password stockroom-demo");
	}

	@Test
	void aCommandLogsNoSignIn(CapturedOutput output) {
		this.announcement.onReady(new ApplicationReadyEvent(new SpringApplication(), new String[] { "check-deploy" },
				this.context, Duration.ZERO));

		assertThat(output).doesNotContain("Stockroom is running at");
	}

	@Test
	void aPasswordSetThroughTheEnvironmentIsNeverLogged(CapturedOutput output) {
		new DemoSignInAnnouncement(new DemoUsersProperties("a-secret-of-mine")).onReady(readyEvent());

		assertThat(output)
			.contains("sign in as admin / manager / clerk / viewer, "
					+ "password the one you set in STOCKROOM_DEMO_PASSWORD")
			.doesNotContain("a-secret-of-mine");
	}

	private ApplicationReadyEvent readyEvent() {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context, Duration.ZERO);
	}

}
