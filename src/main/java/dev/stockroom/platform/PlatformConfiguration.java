package dev.stockroom.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	// Injected rather than calling Instant.now() directly, so tests can fix the time.
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
