package dev.stockroom.platform.command;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRunnerTests {

	private final RecordingCommand command = new RecordingCommand();

	private final CommandRunner runner = new CommandRunner(List.of(this.command));

	@Test
	void runsTheNamedCommandWithTheRemainingArguments() {
		this.runner.run(new DefaultApplicationArguments("record", "one", "two"));

		assertThat(this.command.received).containsExactly(List.of("one", "two"));
		assertThat(this.runner.getExitCode()).isEqualTo(7);
	}

	@Test
	void theCommandGetsItsOptionsAsTyped() {
		// Spring alone would read --username as an option
		// with no value and ada as a word.
		this.runner
			.run(new DefaultApplicationArguments("record", "--username", "ada", "--spring.profiles.active=prod"));

		assertThat(this.command.received)
			.containsExactly(List.of("--username", "ada", "--spring.profiles.active=prod"));
	}

	@Test
	void unknownCommandExitsWithTwoAndRunsNothing() {
		this.runner.run(new DefaultApplicationArguments("nonsense"));

		assertThat(this.command.received).isEmpty();
		assertThat(this.runner.getExitCode()).isEqualTo(2);
	}

	@Test
	void withoutACommandTheApplicationJustServes() {
		this.runner.run(new DefaultApplicationArguments("--server.port=9000"));

		assertThat(this.command.received).isEmpty();
		assertThat(this.runner.getExitCode()).isZero();
		assertThat(CommandRunner.isCommand("--server.port=9000")).isFalse();
		assertThat(CommandRunner.isCommand("load-demo-data")).isTrue();
	}

	static class RecordingCommand implements StockroomCommand {

		final List<List<String>> received = new ArrayList<>();

		@Override
		public String name() {
			return "record";
		}

		@Override
		public String description() {
			return "records its arguments";
		}

		@Override
		public int run(List<String> args) {
			this.received.add(args);
			return 7;
		}

	}

}
