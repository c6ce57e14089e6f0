package dev.stockroom.platform.http;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.stockroom.platform.error.Problems;

/** Registers {@link RequestBodyLimitFilter} and {@link RequestParameterFilter}. */
@Configuration(proxyBeanMethods = false)
class RequestLimitConfiguration {

	// Before Spring Security, whose CSRF check reads a form's parameters (and so its
	// body), and before every other filter that might.
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimitProperties limits,
			Problems problems) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits, problems));
		registration.setOrder(ORDER);
		return registration;
	}

	// Right after the body limit (so a form is read only when it is small enough),
	// and before Spring Security, whose sign-in form would otherwise
	// take a NUL to the database.
	@Bean
	FilterRegistrationBean<RequestParameterFilter> requestParameterFilter(Problems problems) {
		FilterRegistrationBean<RequestParameterFilter> registration = new FilterRegistrationBean<>(
				new RequestParameterFilter(problems));
		registration.setOrder(ORDER + 1);
		return registration;
	}

}
