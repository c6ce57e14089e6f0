package dev.stockroom.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.command.CommandRunner;

/**
 * Loads demo data at start-up when {@code stockroom.demo-data.enabled} is set (the
 * embedded default sets it), unless the application was started for a command. It runs
 * once every bean exists but before the web server opens its port, so no request ever
 * sees a half-loaded database.
 */
@Component
@ConditionalOnBooleanProperty("stockroom.demo-data.enabled")
class DemoDataRunner implements SmartInitializingSingleton {

	private final DemoDataLoader loader;

	private final ApplicationArguments arguments;

	DemoDataRunner(DemoDataLoader loader, ApplicationArguments arguments) {
		this.loader = loader;
		this.arguments = arguments;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!CommandRunner.isCommand(this.arguments.getSourceArgs())) {
			this.loader.loadIfEmpty();
		}
	}

}
