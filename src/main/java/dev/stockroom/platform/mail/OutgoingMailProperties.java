package dev.stockroom.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail the application sends. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender of every mail
 */
@ConfigurationProperties("stockroom.mail")
public record OutgoingMailProperties(@DefaultValue("Stockroom <no-reply@stockroom.local>") String from) {
}
