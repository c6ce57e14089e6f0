package dev.stockroom.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.platform.pages.PageLinks;
import dev.stockroom.platform.pages.TemplateHelpers;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	// Injected rather than calling Instant.now() directly, so tests can fix the time.
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	// Named for the templates: ${@fmt.money(product.price)}.
	@Bean
	TemplateHelpers fmt(Clock clock) {
		return new TemplateHelpers(clock);
	}

	// Named for the templates: ${@links.pager(page)}, ${@links.sort('price')}.
	@Bean
	PageLinks links() {
		return new PageLinks();
	}

}
