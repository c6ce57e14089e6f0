package dev.stockroom.identity.password;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingTests {

	private final PasswordHashing hashing = new PasswordHashing();

	@Test
	void hashesWithBcryptBehindItsAlgorithmPrefix() {
		String hash = this.hashing.encode("plum kettle orbit fog");

		assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("plum");
		assertThat(this.hashing.matches("plum kettle orbit fog", hash)).isTrue();
		assertThat(this.hashing.matches("plum kettle orbit fig", hash)).isFalse();
		assertThat(this.hashing.upgradeEncoding(hash)).isFalse();
	}

	@Test
	void saltsEveryHash() {
		assertThat(this.hashing.encode("plum kettle orbit fog"))
			.isNotEqualTo(this.hashing.encode("plum kettle orbit fog"));
	}

	@Test
	void digestsPasswordsBeyondBcryptsSeventyTwoBytesFirst() {
		String longPassword = "a".repeat(72) + "tail-that-bcrypt-would-ignore";
		String hash = this.hashing.encode(longPassword);

		assertThat(hash).startsWith("{bcrypt-sha256}$2a$10$");
		assertThat(this.hashing.matches(longPassword, hash)).isTrue();
		assertThat(this.hashing.matches("a".repeat(72) + "another-tail", hash)).isFalse();
	}

	@Test
	void countsBytesNotCharactersAgainstBcryptsLimit() {
		String accented = "é".repeat(40); // 40 characters, 80 bytes in UTF-8

		assertThat(this.hashing.encode(accented)).startsWith("{bcrypt-sha256}");
	}

	@Test
	void refusesALongerPasswordThatOnlyStartsWithTheStoredOne() {
		String hash = this.hashing.encode("b".repeat(72));

		assertThat(this.hashing.matches("b".repeat(72), hash)).isTrue();
		assertThat(this.hashing.matches("b".repeat(72) + "extra", hash)).isFalse();
	}

	@Test
	void stillVerifiesHashesOfOtherAlgorithmsAndAsksToUpgradeThem() {
		String legacy = "{noop}plum kettle orbit fog";

		assertThat(this.hashing.matches("plum kettle orbit fog", legacy)).isTrue();
		assertThat(this.hashing.upgradeEncoding(legacy)).isTrue();
	}

}
