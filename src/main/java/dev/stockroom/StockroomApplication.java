package dev.stockroom;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.stockroom.platform.command.CommandRunner;

/**
 * Stockroom: one deployable application made of feature modules (the direct sub-packages
 * of {@code dev.stockroom}), the Spring counterpart of a Django project and its apps.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class StockroomApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = application(args).run(args);
		if (CommandRunner.isCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * The application as {@code main} would run it. A first argument that names a command
	 * ({@code load-demo-data}, like {@code manage.py loaddata}) runs without a web server
	 * and exits.
	 * @param args the command-line arguments
	 * @return the configured application, not yet started
	 */
	public static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(StockroomApplication.class);
		if (CommandRunner.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			// A command does its one task and exits: it runs no background jobs, even in
			// a
			// worker's container (STOCKROOM_JOBS_WORKER=true), where a job it started
			// would
			// be interrupted as the command ends.
			application.addInitializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("command", Map.of("stockroom.jobs.worker", "false"))));
		}
		return application;
	}

}
