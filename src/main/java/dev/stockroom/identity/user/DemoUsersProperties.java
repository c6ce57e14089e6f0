package dev.stockroom.identity.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param password the password of every demo user ({@code STOCKROOM_DEMO_PASSWORD}); the
 * demo users exist in the dev profile only
 */
@ConfigurationProperties("stockroom.demo-users")
record DemoUsersProperties(@DefaultValue("stockroom-demo") String password) {

	// Never print the password, even in a configuration report.
	@Override
	public String toString() {
		return "DemoUsersProperties[password=(hidden)]";
	}

}
