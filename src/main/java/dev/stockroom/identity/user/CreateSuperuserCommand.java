package dev.stockroom.identity.user;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.platform.command.CommandOptions;
import dev.stockroom.platform.command.StockroomCommand;
import dev.stockroom.platform.error.ConflictException;

/**
 * {@code create-superuser --username NAME --email EMAIL}: Django's
 * {@code createsuperuser}, the way into a new production database, where the prod profile
 * has no demo users and sign-up makes viewers. The password comes from
 * {@link NewPasswordPrompt} and meets the policy like any other. Exits 0 when the user
 * was made, 1 when refused (a taken name, a weak password, no password), 2 on a usage
 * mistake.
 */
@Component
class CreateSuperuserCommand implements StockroomCommand {

	private static final String USAGE = "Usage: create-superuser --username NAME --email EMAIL (password from "
			+ NewPasswordPrompt.VARIABLE + " or typed)";

	private final UserService users;

	private final NewPasswordPrompt passwords;

	private final Validator validator;

	CreateSuperuserCommand(UserService users, NewPasswordPrompt passwords, Validator validator) {
		this.users = users;
		this.passwords = passwords;
		this.validator = validator;
	}

	@Override
	public String name() {
		return "create-superuser";
	}

	@Override
	public String description() {
		return "create a superuser: --username NAME --email EMAIL, the password from " + NewPasswordPrompt.VARIABLE
				+ " or typed twice";
	}

	@Override
	public int run(List<String> args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		String username;
		String email;
		try {
			CommandOptions options = CommandOptions.parse(args, "username", "email");
			username = options.require("username");
			email = options.require("email");
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		// Refused before a password is asked for.
		List<String> problems = problems(Map.of("username", username, "email", email));
		if (!problems.isEmpty()) {
			problems.forEach(err::println);
			return 1;
		}
		if (this.users.findByUsername(username).isPresent()) {
			err.println("The username '" + username + "' is taken");
			return 1;
		}
		try {
			// The full name is the username until the user changes it.
			boolean created = this.passwords.supply((password) -> this.users
				.createSuperuser(new RegistrationRequest(username, email, username, password)), err);
			if (created) {
				out.println("Superuser '" + username + "' created");
			}
			return created ? 0 : 1;
		}
		catch (ConflictException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

	private List<String> problems(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap(
					(field) -> this.validator.validateValue(RegistrationRequest.class, field.getKey(), field.getValue())
						.stream()
						.map((violation) -> field.getKey() + ": " + violation.getMessage()))
			.toList();
	}

}
