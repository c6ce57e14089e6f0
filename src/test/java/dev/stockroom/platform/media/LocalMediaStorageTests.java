package dev.stockroom.platform.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalMediaStorageTests {

	@TempDir
	Path directory;

	@Test
	void storesReadsAndDeletesByKey() {
		LocalMediaStorage storage = new LocalMediaStorage(this.directory.resolve("media"));
		String key = MediaKeys.generate("png");

		storage.put(key, new byte[] { 1, 2, 3 }, "image/png");

		assertThat(storage.get(key)).hasValueSatisfying((media) -> {
			assertThat(media.content()).containsExactly(1, 2, 3);
			assertThat(media.contentType()).isEqualTo("image/png");
		});
		assertThat(this.directory.resolve("media").resolve(key)).exists();
		storage.delete(key);
		assertThat(storage.get(key)).isEmpty();
	}

	@Test
	void storesAndOpensAStreamedFile() throws Exception {
		LocalMediaStorage storage = new LocalMediaStorage(this.directory.resolve("media"));
		String key = MediaKeys.generate("csv");
		byte[] csv = "sku,name\nA-1,Bolt\n".getBytes(StandardCharsets.UTF_8);

		storage.put(key, new ByteArrayInputStream(csv), csv.length, "text/csv");

		assertThat(storage.open(key)).hasValueSatisfying((stream) -> {
			try (stream) {
				assertThat(stream.readAllBytes()).isEqualTo(csv);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		assertThat(storage.open(MediaKeys.generate("csv"))).isEmpty();
		assertThat(storage.open("../secret.csv")).isEmpty();
	}

	@Test
	void answersNothingForAnUnknownOrForeignKey() {
		LocalMediaStorage storage = new LocalMediaStorage(this.directory);

		assertThat(storage.get(MediaKeys.generate("png"))).isEmpty();
		assertThat(storage.get("../secret.png")).isEmpty();
	}

	@Test
	void refusesToWriteOutsideItsDirectory() throws Exception {
		LocalMediaStorage storage = new LocalMediaStorage(this.directory.resolve("media"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> storage.put("../evil.png", "x".getBytes(StandardCharsets.UTF_8), "image/png"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete("../media"));
		try (var files = Files.list(this.directory)) {
			assertThat(files).extracting((file) -> file.getFileName().toString()).containsExactly("media");
		}
	}

}
