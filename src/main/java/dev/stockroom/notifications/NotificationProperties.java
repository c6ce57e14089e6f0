package dev.stockroom.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long notifications are kept.
 *
 * @param retention notifications older than this are deleted, read or not, by the
 * recurring clean-up ({@code STOCKROOM_NOTIFICATIONS_RETENTION}, e.g. {@code 30d})
 */
@ConfigurationProperties("stockroom.notifications")
public record NotificationProperties(@DefaultValue("90d") Duration retention) {

	public NotificationProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("stockroom.notifications.retention must be positive");
		}
	}

}
