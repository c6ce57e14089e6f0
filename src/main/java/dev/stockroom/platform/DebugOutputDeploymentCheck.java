package dev.stockroom.platform;

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
 * {@code trace} switches do likewise; a stack trace in an error answer tells an attacker
 * the code and the libraries.
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
		String stacktrace = environment.getProperty("server.error.include-stacktrace", "never");
		if (!stacktrace.strip().equalsIgnoreCase("never")) {
			findings.add(new Finding("server.error.include-stacktrace",
					"error answers may carry a stack trace ('" + stacktrace + "')", "set it to never"));
		}
		return findings;
	}

}
