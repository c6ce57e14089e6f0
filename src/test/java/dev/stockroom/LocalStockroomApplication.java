package dev.stockroom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.stockroom.platform.command.CommandRunner;

/**
 * The embedded default: {@code ./mvnw spring-boot:test-run} starts Stockroom with a real
 * PostgreSQL running in-process (binaries from Maven Central, data kept in
 * {@code target/local-postgres}, its own log in {@code target/local-postgres.log}) and
 * demo data, so that nothing but a JDK is needed. It lives in the test sources so the
 * embedded database never ships in the production jar. With {@code SPRING_DATASOURCE_URL}
 * set, that database is used instead.
 *
 * <p>
 * Ctrl+C stops the application first and the database after it. The JVM runs its shutdown
 * hooks all at once, in no order, and the embedded database registers one of its own:
 * left to them, PostgreSQL stopped while the application was still closing its
 * connections, which then logged a dozen warnings and waited 5 s for a connection that
 * never came. So SIGINT and SIGTERM are handled here: close the application, stop the
 * database, then exit (the hooks then find nothing left to do). PostgreSQL itself does
 * not see the terminal's SIGINT: {@code pg_ctl} starts it in a session of its own.
 */
public final class LocalStockroomApplication {

	/** The exit status of a process ended by a signal: 128 plus the signal's number. */
	private static final int SIGNALLED = 128;

	private LocalStockroomApplication() {
	}

	public static void main(String[] args) throws IOException {
		if (System.getenv("STOCKROOM_DEMO_DATA_ENABLED") == null) {
			System.setProperty("stockroom.demo-data.enabled", "true");
		}
		if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
			StockroomApplication.main(args);
			return;
		}
		EmbeddedPostgres postgres = startPostgres();
		System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		System.setProperty("spring.datasource.username", "postgres");
		SpringApplication application = StockroomApplication.application(args);
		AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
		application.addInitializers(context::set);
		stopInOrderOnSignals(context, postgres);
		ConfigurableApplicationContext started = application.run(args);
		if (CommandRunner.isCommand(args)) {
			int status = SpringApplication.exit(started);
			postgres.close();
			System.exit(status);
		}
	}

	// initdb's and the server's own chatter goes to a file beside the data, not to the
	// console: the first lines a newcomer reads are the application's.
	private static EmbeddedPostgres startPostgres() throws IOException {
		Path target = Files.createDirectories(Path.of("target"));
		File log = target.resolve("local-postgres.log").toFile();
		// Its own lines too, now (Logback's defaults, before Spring configures logging)
		// and once Spring has.
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
		System.setProperty("logging.level.io.zonky", "warn");
		return EmbeddedPostgres.builder()
			.setDataDirectory(target.resolve("local-postgres"))
			.setCleanDataDirectory(false)
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
			.start();
	}

	// sun.misc.Signal is the JDK's supported way to take over a signal (module
	// jdk.unsupported, exported for this use). A second signal while stopping is ignored:
	// the stop is already under way, and halting would leave PostgreSQL running.
	private static void stopInOrderOnSignals(AtomicReference<ConfigurableApplicationContext> context,
			EmbeddedPostgres postgres) {
		AtomicBoolean stopping = new AtomicBoolean();
		for (String name : new String[] { "INT", "TERM" }) {
			Signal.handle(new Signal(name), (signal) -> {
				if (stopping.getAndSet(true)) {
					return;
				}
				ConfigurableApplicationContext running = context.get();
				if (running != null) {
					running.close();
				}
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// exiting anyway
				}
				System.exit(SIGNALLED + signal.getNumber());
			});
		}
	}

}
