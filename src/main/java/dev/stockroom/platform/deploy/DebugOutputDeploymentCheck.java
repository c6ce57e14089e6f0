package dev.stockroom.platform.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Debug output (Django's {@code DEBUG = True}): debug or trace logging for any logger
 * writes request data, SQL and sometimes secrets to the logs; Boot's {@code debug} and
 * {@code trace} switches do likewise; a stack trace, an exception's message or its name
 * in an error answer tells an attacker the code, the libraries and sometimes the data.
 */
@Component
class DebugOutputDeploymentCheck implements DeploymentCheck {

	@Override
	public List<Finding> check(Environment environment) {
		List<Finding> findings = new ArrayList<>();
		// Bound rather than read from property names, so that LOGGING_LEVEL_DEV_STOCKROOM
		// in the environment counts as well.
		Map<String, String> levels = new TreeMap<>(Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of()));
		levels.forEach((logger, level) -> {
			String lower = level.strip().toLowerCase(Locale.ROOT);
			if (lower.equals("debug") || lower.equals("trace")) {
				findings.add(new Finding("logging.level." + logger, lower + " logging is on",
						"remove the setting or set it to info (the prod profile logs at info)"));
			}
		});
		for (String flag : List.of("debug", "trace")) {
			if (environment.getProperty(flag, Boolean.class, false)) {
				findings.add(new Finding(flag, "Spring Boot's " + flag + " mode is on", "remove --" + flag));
			}
		}
		// Boot's defaults are never, never and false; the design promises error answers
		// without a stack trace, an exception's message or its name.
		neverShown(environment, "server.error.include-stacktrace", "a stack trace", findings);
		neverShown(environment, "server.error.include-message", "an exception's message", findings);
		if (environment.getProperty("server.error.include-exception", Boolean.class, false)) {
			findings.add(new Finding("server.error.include-exception", "error answers name the exception",
					"set it to false"));
		}
		return findings;
	}

	private static void neverShown(Environment environment, String setting, String what, List<Finding> findings) {
		String value = environment.getProperty(setting, "never");
		if (!value.strip().equalsIgnoreCase("never")) {
			findings
				.add(new Finding(setting, "error answers may carry " + what + " ('" + value + "')", "set it to never"));
		}
	}

}
