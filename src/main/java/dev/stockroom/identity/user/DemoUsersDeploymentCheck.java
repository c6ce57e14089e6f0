package dev.stockroom.identity.user;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.deploy.DeploymentCheck;

/**
 * The demo users ({@link DemoUsers}) belong to the dev profile: their usernames and
 * password are in the README. In the database a production instance uses, a demo account
 * ({@code admin}, {@code manager}, {@code clerk}, {@code viewer}) that still has the
 * configured demo password, or the default one, lets anyone in.
 */
@Component
class DemoUsersDeploymentCheck implements DeploymentCheck {

	static final String DEFAULT_DEMO_PASSWORD = "stockroom-demo";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final DemoUsersProperties properties;

	DemoUsersDeploymentCheck(UserRepository users, PasswordEncoder passwordEncoder, DemoUsersProperties properties) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
	}

	@Override
	public List<Finding> check(Environment environment) {
		Set<String> demoPasswords = new LinkedHashSet<>(List.of(this.properties.password(), DEFAULT_DEMO_PASSWORD));
		List<Finding> findings = new ArrayList<>();
		for (DemoUsers.DemoUser demoUser : DemoUsers.USERS) {
			this.users.findByUsername(demoUser.username())
				.filter((user) -> demoPasswords.stream()
					.anyMatch((password) -> this.passwordEncoder.matches(password, user.getPasswordHash())))
				.ifPresent((user) -> findings.add(new Finding("user " + user.getUsername(),
						"the demo user exists in the database with the demo password",
						"delete the user, or give it a strong password of its own, in the production database")));
		}
		return findings;
	}

}
