package dev.stockroom.platform.command;

import java.util.List;

/**
 * A task run from the command line instead of serving requests, the counterpart of a
 * Django management command: {@code java -jar stockroom.jar load-demo-data}. Modules
 * contribute commands as beans; {@link CommandRunner} picks the one named by the first
 * argument.
 */
public interface StockroomCommand {

	/**
	 * @return the name typed on the command line, e.g. {@code load-demo-data}
	 */
	String name();

	/**
	 * @return one line for the list of commands
	 */
	String description();

	/**
	 * Runs the command.
	 * @param args the arguments after the command's name
	 * @return the process exit code, 0 for success
	 */
	int run(List<String> args);

}
