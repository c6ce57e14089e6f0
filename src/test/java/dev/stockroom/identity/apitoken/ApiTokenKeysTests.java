package dev.stockroom.identity.apitoken;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenKeysTests {

	@Test
	void aKeyIsTheMarkerAndThirtyTwoRandomBytesInBase64Url() {
		String key = ApiTokenKeys.generate();

		assertThat(key).startsWith("srk_").hasSize(47).matches("srk_[A-Za-z0-9_-]{43}");
		assertThat(Base64.getUrlDecoder().decode(key.substring(4))).hasSize(32);
		assertThat(ApiTokenKeys.isWellFormed(key)).isTrue();
		assertThat(ApiTokenKeys.prefixOf(key)).isEqualTo(key.substring(0, 8));
	}

	@Test
	void keysDoNotRepeatAndUseTheWholeAlphabet() {
		Set<String> keys = new HashSet<>();
		Set<Character> characters = new HashSet<>();
		IntStream.range(0, 10_000).mapToObj((i) -> ApiTokenKeys.generate()).forEach((key) -> {
			keys.add(key);
			key.substring(4).chars().forEach((c) -> characters.add((char) c));
		});

		assertThat(keys).hasSize(10_000);
		// All 64 base64url symbols turn up: the bytes behind them are not stuck anywhere.
		assertThat(characters).hasSize(64);
	}

	@Test
	void hashIsTheSha256OfTheKeyInLowerCaseHex() {
		// The FIPS 180-2 test vector.
		assertThat(ApiTokenKeys.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		String key = ApiTokenKeys.generate();
		assertThat(ApiTokenKeys.hash(key)).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(key.substring(4));
	}

	@Test
	void onlyTheDocumentedFormatIsWellFormed() {
		String key = ApiTokenKeys.generate();

		assertThat(ApiTokenKeys.isWellFormed(null)).isFalse();
		assertThat(ApiTokenKeys.isWellFormed("")).isFalse();
		assertThat(ApiTokenKeys.isWellFormed(key.substring(0, 46))).isFalse();
		assertThat(ApiTokenKeys.isWellFormed(key + "A")).isFalse();
		assertThat(ApiTokenKeys.isWellFormed("ghp_" + key.substring(4))).isFalse();
		assertThat(ApiTokenKeys.isWellFormed(key.substring(0, 10) + "+" + key.substring(11))).isFalse();
		assertThat(ApiTokenKeys.isWellFormed(" " + key)).isFalse();
	}

}
