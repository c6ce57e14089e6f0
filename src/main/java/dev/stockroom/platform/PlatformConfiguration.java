package dev.stockroom.platform;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.stockroom.platform.pages.PageLinks;
import dev.stockroom.platform.pages.TemplateHelpers;
import dev.stockroom.platform.pages.TimeZonePreference;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	// Injected rather than calling Instant.now() directly, so tests can fix the time.
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	// Named for the templates: ${@fmt.money(product.price)}. The zone is looked up
	// per call: each request may be another user's.
	@Bean
	TemplateHelpers fmt(Clock clock, SiteProperties site, ObjectProvider<TimeZonePreference> preferences) {
		return new TemplateHelpers(clock,
				() -> preferences.orderedStream()
					.map(TimeZonePreference::current)
					.flatMap(Optional::stream)
					.findFirst()
					.orElse(site.timeZone()),
				site.currency());
	}

	// Named for the templates: ${@links.pager(page)}, ${@links.sort('price')}.
	@Bean
	PageLinks links() {
		return new PageLinks();
	}

}
