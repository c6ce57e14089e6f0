package dev.stockroom.platform.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandOptionsTests {

	@Test
	void readsBothFormsAndLeavesSpringsSettingsAlone() {
		CommandOptions options = CommandOptions.parse(
				List.of("--username", "ada", "--spring.profiles.active=prod", "--email=ada@example.com"), "username",
				"email");

		assertThat(options.require("username")).isEqualTo("ada");
		assertThat(options.require("email")).isEqualTo("ada@example.com");
		assertThat(options.get("spring.profiles.active")).isEmpty();
	}

	@Test
	void aMissingValueAStrayWordAndAMissingOptionAreMistakes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandOptions.parse(List.of("--username"), "username"))
			.withMessage("--username needs a value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandOptions.parse(List.of("--user", "ada"), "username"))
			.withMessage("Unexpected argument 'ada'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandOptions.parse(List.of("--username="), "username").require("username"))
			.withMessage("--username is required");
	}

}
