package dev.stockroom.notifications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.platform.cache.CacheDefinition;

/** The unread counts every page's header shows (see {@link Notifications}). */
@Configuration(proxyBeanMethods = false)
class NotificationCaches {

	@Bean
	CacheDefinition unreadNotificationsCache() {
		return CacheDefinition.of(Notifications.UNREAD_CACHE, Long.class);
	}

}
