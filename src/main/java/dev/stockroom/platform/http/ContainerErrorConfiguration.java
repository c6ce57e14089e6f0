package dev.stockroom.platform.http;

import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.platform.error.Problems;

/**
 * Errors the servlet container answers itself: {@link ContainerErrorReportValve} in the
 * place of Tomcat's error report, {@link ProblemErrorController} in the place of Boot's
 * {@code /error}.
 */
// Not for a command (check-deploy, load-demo-data), which runs without a web server.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ContainerErrorConfiguration {

	// The host adds its error report valve when it starts, by class name; naming ours
	// makes it add ours instead of Tomcat's.
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	ProblemErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers, Problems problems) {
		return new ProblemErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList(),
				problems);
	}

}
