package dev.stockroom.identity.password;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final CommonPasswords COMMON = CommonPasswords.fromClasspath();

	private final PasswordPolicy policy = new PasswordPolicy(COMMON);

	@Test
	void acceptsALongUncommonPasswordWithoutCompositionRules() {
		assertThat(this.policy.check("plum kettle orbit fog", "alice", "alice@example.com")).isEmpty();
		assertThat(this.policy.check("onlylowercaseletters", "alice", "alice@example.com")).isEmpty();
	}

	@Test
	void acceptsTwelveToOneHundredTwentyEightCharacters() {
		assertThat(this.policy.check("kq7-zumbe-ph", null, null)).isEmpty();
		assertThat(this.policy.check("kq7-zumbe-p", null, null)).containsExactly("Use at least 12 characters");
		assertThat(this.policy.check("kq7-zumbe-ph".repeat(10) + "abcdefgh", null, null)).isEmpty();
		assertThat(this.policy.check("kq7-zumbe-ph".repeat(10) + "abcdefghi", null, null))
			.containsExactly("Use at most 128 characters");
	}

	@Test
	void countsCharactersAsPeopleDoNotAsUtf16Units() {
		// Eleven emoji are 22 UTF-16 units but 11 characters.
		assertThat(this.policy.check("\uD83D\uDD11".repeat(11), null, null))
			.containsExactly("Use at least 12 characters");
		assertThat(this.policy.check("\uD83D\uDD11".repeat(12), null, null)).isEmpty();
	}

	@Test
	void refusesACommonPasswordIgnoringCaseAndSurroundingSpaces() {
		assertThat(this.policy.check("passwordpassword", null, null)).containsExactly("This password is too common");
		assertThat(this.policy.check("PasswordPassword", null, null)).containsExactly("This password is too common");
		assertThat(this.policy.check(" QWERTYUIOPASDFGH ", null, null)).containsExactly("This password is too common");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		assertThat(this.policy.check("password", null, null)).containsExactly("Use at least 12 characters",
				"This password is too common");
	}

	@Test
	void refusesTheUsernameOrEmailAsPassword() {
		assertThat(this.policy.check("Alice.Wonderland", "alice.wonderland", "a@example.com"))
			.containsExactly("The password must not be your username");
		assertThat(this.policy.check("ALICE@EXAMPLE.COM", "alice", "alice@example.com"))
			.containsExactly("The password must not be your email address");
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(this.policy.check("", "alice", null)).containsExactly("Enter a password");
		assertThat(this.policy.check(null, "alice", null)).containsExactly("Enter a password");
	}

	@Test
	void theVendoredListNamesItsSourceAndLicenceAndHoldsEveryLine() throws IOException {
		String list = new ClassPathResource(CommonPasswords.LOCATION).getContentAsString(StandardCharsets.UTF_8);

		assertThat(list.lines().findFirst()).hasValue("# source: fxa-common-password-list@0.0.4, licence: MPL-2.0");
		assertThat(COMMON.size()).isEqualTo(50_000);
		assertThat(COMMON.contains("# source: fxa-common-password-list@0.0.4, licence: MPL-2.0")).isFalse();
	}

}
