package dev.stockroom.notifications.reorder;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserContact;
import dev.stockroom.platform.SiteProperties;
import dev.stockroom.platform.mail.OutgoingMailProperties;

/**
 * Writes and sends one user's reorder digest: plain text, one line per level, every line
 * the digest holds, and links to the full list and to the profile where it is switched
 * off.
 */
@Component
class ReorderDigestMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private final MailSender mailSender;

	private final OutgoingMailProperties mail;

	private final SiteProperties site;

	ReorderDigestMail(MailSender mailSender, OutgoingMailProperties mail, SiteProperties site) {
		this.mailSender = mailSender;
		this.mail = mail;
		this.site = site;
	}

	void send(UserContact recipient, ReorderDigest digest) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.mail.from());
		message.setTo(recipient.email());
		message.setSubject("Stockroom reorder digest for " + digest.day() + ": " + digest.title());
		message.setText("""
				Hello %s,

				on %s, %s:

				%s

				The full list: %s

				You receive this mail because you asked for a daily reorder digest on your profile; \
				switch it off there: %s
				""".formatted(recipient.fullName(), DAY.format(digest.day()), lowerFirst(digest.title()),
				digest.lines(digest.rows().size()), this.site.link(ReorderDigest.LINK),
				this.site.link("/account/profile")));
		this.mailSender.send(message);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
