package dev.stockroom.identity.password;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.mail.OutgoingMailProperties;

/**
 * Sends a password reset link. {@link PasswordResets} calls it once its transaction has
 * committed; {@link Async}, so the caller is not kept waiting by the mail server, and
 * cannot tell from the time its request took whether a mail went out.
 */
@Component
class PasswordResetMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final MailSender mailSender;

	private final OutgoingMailProperties properties;

	PasswordResetMail(MailSender mailSender, OutgoingMailProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	@Async
	public void send(String email, URI link, Instant expiresAt) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(email);
		message.setSubject("Reset your Stockroom password");
		message.setText("""
				Someone, hopefully you, asked to reset the password of your Stockroom account.

				Choose a new password here (the link works once, until %s):

				%s

				If you did not ask for this, ignore this mail: your password stays as it is.
				""".formatted(TIME.format(expiresAt), link));
		this.mailSender.send(message);
	}

}
