package dev.stockroom;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reproducible toolchain (the counterpart of a virtual environment with pinned
 * requirements): the wrapper pins one Maven version and the code is compiled for Java 17,
 * so it runs the same on every JDK from 17 on.
 */
class BuildToolchainTests {

	@Test
	void wrapperPinsAnExactMavenVersion() throws IOException {
		Properties wrapper = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(".mvn/wrapper/maven-wrapper.properties"))) {
			wrapper.load(in);
		}
		assertThat(wrapper.getProperty("distributionUrl")).matches(".*/apache-maven-\\d+\\.\\d+\\.\\d+-bin\\.zip");
	}

	@Test
	void classesAreCompiledForJava17() throws IOException {
		try (DataInputStream in = new DataInputStream(
				StockroomApplication.class.getResourceAsStream("StockroomApplication.class"))) {
			in.readInt(); // magic
			in.readUnsignedShort(); // minor version
			assertThat(in.readUnsignedShort()).as("class file major version").isEqualTo(61);
		}
	}

}
