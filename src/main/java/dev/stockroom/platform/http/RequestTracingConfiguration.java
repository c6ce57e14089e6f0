package dev.stockroom.platform.http;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.stockroom.platform.SiteProperties;
import dev.stockroom.platform.error.Problems;

/**
 * Registers {@link RequestIdFilter} first of all filters, so that even the lines the
 * security filters log carry the request id, and {@link InstanceIdFilter} where an
 * instance id is configured, and {@link DatabaseUnavailableFilter} after them.
 */
@Configuration(proxyBeanMethods = false)
public class RequestTracingConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	// Next to the request id, so that it sees every failure of the filters after it.
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(Problems problems) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	@ConditionalOnExpression("'${stockroom.instance-id:}' != ''")
	FilterRegistrationBean<InstanceIdFilter> instanceIdFilter(SiteProperties site) {
		FilterRegistrationBean<InstanceIdFilter> registration = new FilterRegistrationBean<>(
				new InstanceIdFilter(site.instanceId()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
