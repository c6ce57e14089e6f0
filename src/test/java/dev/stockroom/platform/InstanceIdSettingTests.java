package dev.stockroom.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.stockroom.platform.error.Problems;
import dev.stockroom.platform.http.InstanceIdFilter;
import dev.stockroom.platform.http.RequestTracingConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code STOCKROOM_INSTANCE_ID} reaches {@code stockroom.instance-id} by relaxed binding
 * alone, and names the instance in every answer; without it no header is sent.
 */
class InstanceIdSettingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(RequestTracingConfiguration.class, Config.class)
		.withBean(Problems.class, () -> new Problems(JsonMapper.shared()));

	@Test
	void theVariableNamesTheInstanceInEveryAnswer() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("STOCKROOM_INSTANCE_ID", "app2"))))
			.run((context) -> {
				assertThat(context).hasBean("instanceIdFilter");
				FilterRegistrationBean<?> registration = context.getBean("instanceIdFilter",
						FilterRegistrationBean.class);
				MockHttpServletResponse response = new MockHttpServletResponse();
				registration.getFilter().doFilter(new MockHttpServletRequest(), response, new MockFilterChain());
				assertThat(response.getHeader(InstanceIdFilter.HEADER)).isEqualTo("app2");
			});
	}

	@Test
	void withoutItNoInstanceIsNamed() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of())))
			.run((context) -> assertThat(context).doesNotHaveBean("instanceIdFilter"));
	}

	@EnableConfigurationProperties(SiteProperties.class)
	static class Config {

	}

}
