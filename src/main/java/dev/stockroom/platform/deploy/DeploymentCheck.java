package dev.stockroom.platform.deploy;

import java.util.List;

import org.springframework.core.env.Environment;

/**
 * One concern of the {@code check-deploy} command (Django's {@code check --deploy}): it
 * looks at the settings, or at what the settings let into the database, and reports
 * everything unsafe for production. Modules contribute checks as beans; the settings that
 * only platform reads are checked in platform.
 */
public interface DeploymentCheck {

	/**
	 * @param environment the settings the application runs with
	 * @return what is unsafe for production, empty when nothing is
	 */
	List<Finding> check(Environment environment);

	/**
	 * One unsafe setting.
	 *
	 * @param setting the setting (or data) at fault, e.g. {@code stockroom.base-url}
	 * @param problem what is wrong with it
	 * @param fix how to put it right
	 */
	record Finding(String setting, String problem, String fix) {

		@Override
		public String toString() {
			return this.setting + ": " + this.problem + ". Fix: " + this.fix;
		}

	}

}
