package dev.stockroom.identity.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by mail.
 *
 * @param ttl how long a reset link works after it was requested; it works once
 */
@ConfigurationProperties("stockroom.password-reset")
record PasswordResetProperties(@DefaultValue("30m") Duration ttl) {

	PasswordResetProperties {
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("stockroom.password-reset.ttl must be positive");
		}
	}

}
