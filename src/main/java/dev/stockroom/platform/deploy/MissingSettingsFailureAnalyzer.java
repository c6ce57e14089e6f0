package dev.stockroom.platform.deploy;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MissingSettingsException} into the short report Spring Boot prints instead
 * of a stack trace ("APPLICATION FAILED TO START"): which variables are missing, what
 * each one sets, and how to give them.
 */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
		String missing = cause.variables()
			.stream()
			.map((variable) -> "    " + variable + " (" + RequiredProductionSettings.REQUIRED.get(variable) + ")")
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis("The prod profile cannot start without these settings:\n" + missing,
				"Set each variable in the environment (or in a .env file in the working directory; see"
						+ " .env.example). STOCKROOM_JWT_SECRET must be at least 32 bytes: 'base64:' and the"
						+ " output of 'openssl rand -base64 32'.",
				cause);
	}

}
