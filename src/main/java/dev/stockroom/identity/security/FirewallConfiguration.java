package dev.stockroom.identity.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import dev.stockroom.platform.error.Problems;
import dev.stockroom.platform.SiteProperties;

/**
 * Spring Security's firewall, in front of both filter chains, refuses a request for a
 * host this site does not serve ({@link SiteProperties#allowedHosts()}) as well as the
 * malformed paths it always refuses (encoded slashes, {@code ;} parameters, ...). A
 * refused request gets a 400 problem detail, never the 500 an uncaught rejection would
 * give.
 */
// Not for a command (check-deploy, load-demo-data), which runs without a web server.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FirewallConfiguration {

	@Bean
	WebSecurityCustomizer allowedHostsFirewall(SiteProperties site) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		// Tomcat reports the Host header's name without the port,
		// an IPv6 address in brackets.
		firewall.setAllowedHostnames(site::allows);
		return (web) -> web.httpFirewall(firewall);
	}

	// Spring Security picks up a bean of this type for the filter chains it builds.
	@Bean
	RequestRejectedHandler problemRequestRejectedHandler(SiteProperties site, Problems problems) {
		return new ProblemResponses(problems).requestRejected(site::allows);
	}

}
