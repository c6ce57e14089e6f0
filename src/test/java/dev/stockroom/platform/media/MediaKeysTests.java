package dev.stockroom.platform.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MediaKeysTests {

	@Test
	void generatesRandomNamesWithTheExtensionOfTheFormatWritten() {
		String key = MediaKeys.generate("png");

		assertThat(key).matches("[0-9a-f-]{36}\\.png");
		assertThat(MediaKeys.generate("png")).isNotEqualTo(key);
		assertThat(MediaKeys.contentType(key)).isEqualTo("image/png");
		assertThat(MediaKeys.contentType(MediaKeys.generate("jpg"))).isEqualTo("image/jpeg");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.png", "..\\evil.png", "a/b.png", "/etc/passwd",
			"0b9c2f1e-1111-2222-3333-444455556666.html", "0b9c2f1e-1111-2222-3333-444455556666.png/..",
			"0B9C2F1E-1111-2222-3333-444455556666.png", "evil.png", "" })
	void refusesAnythingItDidNotMake(String key) {
		assertThat(MediaKeys.isValid(key)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> MediaKeys.requireValid(key));
	}

	@Test
	void refusesUnknownFormats() {
		assertThatIllegalArgumentException().isThrownBy(() -> MediaKeys.generate("html"));
	}

}
