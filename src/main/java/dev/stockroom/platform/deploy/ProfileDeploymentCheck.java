package dev.stockroom.platform.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The {@code dev} profile (the default one) has public keys and demo users; production
 * runs the {@code prod} profile and not {@code dev}.
 */
@Component
public class ProfileDeploymentCheck implements DeploymentCheck {

	private static final String SETTING = "spring.profiles.active";

	@Override
	public List<Finding> check(Environment environment) {
		List<Finding> findings = new ArrayList<>();
		// acceptsProfiles also sees the default profile (dev) when none is active.
		if (environment.acceptsProfiles(Profiles.of("dev"))) {
			findings.add(new Finding(SETTING,
					"the dev profile is active (public JWT key, demo users, debug logging, API docs)",
					"run with SPRING_PROFILES_ACTIVE=prod, without dev"));
		}
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			findings.add(new Finding(SETTING, "the prod profile is not active", "set SPRING_PROFILES_ACTIVE=prod"));
		}
		return findings;
	}

}
