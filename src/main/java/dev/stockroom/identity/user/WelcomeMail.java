package dev.stockroom.identity.user;

import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserRegistered;
import dev.stockroom.platform.mail.OutgoingMailProperties;

/**
 * Sends the welcome mail when a user registers (Django's {@code post_save} signal on the
 * user model). As an {@link ApplicationModuleListener} it runs after the registering
 * transaction commits, on another thread, in a transaction of its own: no mail goes out
 * for a registration that was rolled back, a slow mail server never slows registration
 * down, and the event publication registry keeps the event until the mail has been handed
 * over.
 */
@Component
class WelcomeMail {

	private final MailSender mailSender;

	private final OutgoingMailProperties properties;

	WelcomeMail(MailSender mailSender, OutgoingMailProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(UserRegistered event) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(event.email());
		message.setSubject("Welcome to Stockroom");
		message.setText("""
				Hello %s,

				your Stockroom account is ready. Sign in with the username "%s".

				If you did not create this account, you can ignore this mail.
				""".formatted(event.username(), event.username()));
		this.mailSender.send(message);
	}

}
