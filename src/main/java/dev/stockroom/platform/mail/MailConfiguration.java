package dev.stockroom.platform.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSender;

/**
 * Where no SMTP server is configured, mail goes to the log. With {@code spring.mail.host}
 * set, Spring Boot's own {@code JavaMailSender} sends it for real.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
	MailSender loggingMailSender() {
		return new LoggingMailSender();
	}

}
