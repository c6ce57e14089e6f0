package dev.stockroom.platform.mail;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * Development's mail server: writes each mail to the log instead of sending it, so a
 * developer can follow a welcome or reset link without an SMTP server. Used only when
 * {@code spring.mail.host} is not set (see {@link MailConfiguration}).
 */
class LoggingMailSender implements MailSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

	@Override
	public void send(SimpleMailMessage... messages) {
		Arrays.stream(messages)
			.forEach((message) -> log.info(
					"Mail not sent (no spring.mail.host); it reads:\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
					message.getFrom(), String.join(", ", (message.getTo() != null) ? message.getTo() : new String[0]),
					message.getSubject(), message.getText()));
	}

}
