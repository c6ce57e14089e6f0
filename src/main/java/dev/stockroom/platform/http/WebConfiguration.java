package dev.stockroom.platform.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.stockroom.platform.api.ApiController;

/**
 * URL routing shared by all modules: every {@link ApiController} is served under
 * {@code /api/v1}, so the version is stated once (the counterpart of including an app's
 * {@code urls.py} under a prefix).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void configurePathMatch(PathMatchConfigurer configurer) {
		configurer.addPathPrefix(ApiController.V1, HandlerTypePredicate.forAnnotation(ApiController.class));
	}

}
