package dev.stockroom.identity.user;

import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Consumer;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.error.InvalidFieldException;

/**
 * Where {@code create-superuser} and {@code change-password} get the new password, as
 * Django's commands do: from {@value #VARIABLE} when it is set (a script, a Kubernetes
 * Job, {@code docker compose run}), otherwise typed twice on the terminal without echo
 * and asked again while the policy refuses it. Never from an argument: a command line is
 * visible to every user of the machine and kept in shell histories.
 *
 * <p>
 * The variable is read through Spring's {@link Environment}, which holds the process
 * environment, so a test can set it as it sets any other setting.
 */
@Component
public class NewPasswordPrompt {

	static final String VARIABLE = "STOCKROOM_SUPERUSER_PASSWORD";

	private static final int ATTEMPTS_ON_A_TERMINAL = 3;

	private final Environment environment;

	NewPasswordPrompt(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Reads a password and hands it to {@code use} until the policy accepts it: once from
	 * the variable, up to {@value #ATTEMPTS_ON_A_TERMINAL} times on a terminal.
	 * @param use sets the password, throwing {@link InvalidFieldException} when the
	 * policy refuses it
	 * @param err where refusals are told
	 * @return whether a password was accepted
	 */
	boolean supply(Consumer<String> use, PrintStream err) {
		String given = this.environment.getProperty(VARIABLE);
		if (given != null && !given.isEmpty()) {
			return accepted(use, given, err);
		}
		Console console = System.console();
		if (console == null) {
			err.println("No password: set " + VARIABLE
					+ ", or run the command on a terminal (docker compose run, kubectl exec -it) to type it");
			return false;
		}
		for (int attempt = 0; attempt < ATTEMPTS_ON_A_TERMINAL; attempt++) {
			char[] password = console.readPassword("Password: ");
			char[] again = (password != null) ? console.readPassword("Password (again): ") : null;
			if (again == null) {
				err.println("No password given");
				return false;
			}
			if (!Arrays.equals(password, again)) {
				err.println("The two passwords differ");
			}
			else if (accepted(use, new String(password), err)) {
				return true;
			}
		}
		return false;
	}

	private static boolean accepted(Consumer<String> use, String password, PrintStream err) {
		try {
			use.accept(password);
			return true;
		}
		catch (InvalidFieldException ex) {
			ex.getMessages().forEach((message) -> err.println("Password refused: " + message));
			return false;
		}
	}

}
