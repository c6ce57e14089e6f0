package dev.stockroom.notifications.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.stockroom.notifications.Notifications;

/**
 * Adds the header's unread count to every page ({@link UnreadCountInterceptor}). The
 * service is looked up rather than required: a web slice test ({@code @WebMvcTest}) takes
 * every {@code WebMvcConfigurer} but no services, and then shows no count.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsWebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<Notifications> notifications;

	NotificationsWebConfiguration(ObjectProvider<Notifications> notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		this.notifications.ifAvailable((service) -> registry.addInterceptor(new UnreadCountInterceptor(service)));
	}

}
