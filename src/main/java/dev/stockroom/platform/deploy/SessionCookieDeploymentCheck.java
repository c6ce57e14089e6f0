package dev.stockroom.platform.deploy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The session cookie signs a user in to the pages (Django's {@code SESSION_COOKIE_SECURE}
 * and {@code SESSION_COOKIE_HTTPONLY}): sent over plain http it can be read on the way,
 * and readable from JavaScript it can be stolen by any script injected into a page.
 */
@Component
class SessionCookieDeploymentCheck implements DeploymentCheck {

	private static final String SECURE = "server.servlet.session.cookie.secure";

	private static final String HTTP_ONLY = "server.servlet.session.cookie.http-only";

	@Override
	public List<Finding> check(Environment environment) {
		List<Finding> findings = new ArrayList<>();
		if (!environment.getProperty(SECURE, Boolean.class, false)) {
			findings.add(new Finding(SECURE, "the session cookie is also sent over plain http",
					"set it to true (the prod profile does) and serve the site over https"));
		}
		// Unset, the servlet container makes the cookie http-only.
		if (!environment.getProperty(HTTP_ONLY, Boolean.class, true)) {
			findings.add(new Finding(HTTP_ONLY, "scripts in the page can read the session cookie",
					"set it to true or remove the setting"));
		}
		return findings;
	}

}
