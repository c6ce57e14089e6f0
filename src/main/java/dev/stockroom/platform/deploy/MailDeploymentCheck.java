package dev.stockroom.platform.deploy;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Without {@code spring.mail.host} mail is only written to the log (see
 * {@link MailConfiguration}): no user gets a welcome or password reset mail, and the
 * reset links sit in the log.
 */
@Component
class MailDeploymentCheck implements DeploymentCheck {

	@Override
	public List<Finding> check(Environment environment) {
		String host = environment.getProperty("spring.mail.host", "");
		if (!host.isBlank()) {
			return List.of();
		}
		return List.of(new Finding("spring.mail.host", "no SMTP server is set, so mail is only logged",
				"set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD)"));
	}

}
