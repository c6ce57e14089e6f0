package dev.stockroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, {@code ./mvnw spring-boot:test-run}, starts
 * {@link LocalStockroomApplication} (PostgreSQL embedded, demo data); Ctrl+C in its
 * terminal sends SIGINT to the whole process group. Here the same main class runs in a
 * process group of its own, in an empty directory (so a fresh embedded database of its
 * own), and gets SIGINT the way a terminal sends it. Its whole output, start and stop,
 * has no WARN or ERROR line, and it exits with 130 (SIGINT's status, which the Maven
 * plugin takes for a normal end) soon after the signal, not after a 5 s wait for a
 * database that was stopped first.
 */
class LocalRunStopIntegrationTests {

	private static final Duration START = Duration.ofMinutes(5);

	private static final Duration STOP = Duration.ofSeconds(5);

	@Test
	void ctrlCStopsTheApplicationThenItsDatabaseWithoutAWarning(@TempDir Path directory) throws Exception {
		Path output = directory.resolve("run.log");
		// setsid: a process group of its own, as a terminal gives a command; env resets
		// SIGINT in case this test's own process was started with it ignored (a
		// background job), which the child would inherit.
		ProcessBuilder builder = new ProcessBuilder(List.of("env", "--default-signal=INT,TERM", "setsid",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LocalStockroomApplication.class.getName(), "--server.port=0"))
			.directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("STOCKROOM_")
					|| name.startsWith("JAVA_TOOL_OPTIONS"));
		Process run = builder.start();
		try {
			waitFor(output, "Stockroom is running at", run);
			long signalled = System.nanoTime();
			// "kill -INT -- -<pid>": every process of the group, as Ctrl+C does.
			assertThat(new ProcessBuilder("kill", "-INT", "--", "-" + run.pid()).start().waitFor()).isZero();
			assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
			Duration stop = Duration.ofNanos(System.nanoTime() - signalled);
			System.out.println("Stopped " + stop.toMillis() + " ms after SIGINT");
			String log = Files.readString(output);
			assertThat(log.lines().filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")))
				.as("warnings and errors in the run's output")
				.isEmpty();
			assertThat(log).contains("HikariPool-1 - Shutdown completed.").doesNotContain("Exception");
			assertThat(run.exitValue()).isEqualTo(130);
			assertThat(stop).isLessThan(STOP);
		}
		finally {
			run.destroyForcibly();
		}
	}

	private static void waitFor(Path output, String line, Process run) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			String log = Files.exists(output) ? Files.readString(output) : "";
			if (log.contains(line)) {
				return;
			}
			assertThat(run.isAlive()).as("still running; its output:%n%s", log).isTrue();
			Thread.sleep(200);
		}
		throw new AssertionError(
				"\"" + line + "\" not in the output within " + START + ":\n" + Files.readString(output));
	}

}
