package dev.stockroom.identity.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo users ({@code admin}, {@code manager}, {@code clerk}, {@code viewer}), which
 * exist in the dev profile only.
 *
 * @param password the password of every demo user ({@code STOCKROOM_DEMO_PASSWORD});
 * {@code stockroom-demo} unless set. That default is in {@code application.yml}, with the
 * variable, whose name relaxed binding would not read
 */
@ConfigurationProperties("stockroom.demo-users")
record DemoUsersProperties(String password) {

	// Never print the password, even in a configuration report.
	@Override
	public String toString() {
		return "DemoUsersProperties[password=(hidden)]";
	}

}
