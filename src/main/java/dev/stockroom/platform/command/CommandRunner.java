package dev.stockroom.platform.command;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StockroomCommand} named by the first command-line argument once the
 * context has started, and records its exit code for {@code SpringApplication.exit}.
 * Without such an argument the application just serves requests.
 */
@Component
public class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

	private final List<StockroomCommand> commands;

	private int exitCode;

	CommandRunner(List<StockroomCommand> commands) {
		this.commands = commands;
	}

	/**
	 * @param args the command-line arguments
	 * @return whether they ask for a command rather than the web application
	 */
	public static boolean isCommand(String... args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty()) {
			return;
		}
		String name = words.get(0);
		StockroomCommand command = this.commands.stream().filter((c) -> c.name().equals(name)).findFirst().orElse(null);
		if (command == null) {
			log.error("Unknown command '{}'. Commands:\n{}", name, usage());
			this.exitCode = 2;
			return;
		}
		this.exitCode = command.run(argumentsAfter(name, args.getSourceArgs()));
	}

	// The command's arguments as typed: Spring reads "--username NAME" as an option
	// without a value and a separate word, so its parsed view would lose the pairing.
	private static List<String> argumentsAfter(String name, String[] typed) {
		List<String> all = List.of(typed);
		return all.subList(all.indexOf(name) + 1, all.size());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private String usage() {
		StringBuilder usage = new StringBuilder();
		this.commands.stream()
			.sorted(Comparator.comparing(StockroomCommand::name))
			.forEach((c) -> usage.append("  ").append(c.name()).append("  ").append(c.description()).append('\n'));
		return usage.toString();
	}

}
