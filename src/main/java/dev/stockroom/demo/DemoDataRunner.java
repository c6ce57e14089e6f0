package dev.stockroom.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.CommandRunner;

/**
 * Loads demo data at start-up (dev profile) unless the application was started for a
 * command.
 */
@Component
@ConditionalOnBooleanProperty("stockroom.demo-data.enabled")
class DemoDataRunner implements ApplicationRunner {

	private final DemoDataLoader loader;

	DemoDataRunner(DemoDataLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!CommandRunner.isCommand(args.getSourceArgs())) {
			this.loader.loadIfEmpty();
		}
	}

}
