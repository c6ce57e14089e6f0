package dev.stockroom.identity.user;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserService;
import dev.stockroom.platform.command.CommandOptions;
import dev.stockroom.platform.command.StockroomCommand;

/**
 * {@code change-password --username NAME}: Django's {@code changepassword}, for an
 * operator whose superuser's password is lost or may be known to someone else. The
 * password comes from {@link NewPasswordPrompt}; the user's API clients and other page
 * sessions are signed out ({@link UserService#setPassword}). Exits 0 when changed, 1 when
 * refused (no such user, a weak password, no password), 2 on a usage mistake.
 */
@Component
class ChangePasswordCommand implements StockroomCommand {

	private final UserService users;

	private final NewPasswordPrompt passwords;

	ChangePasswordCommand(UserService users, NewPasswordPrompt passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return "change-password";
	}

	@Override
	public String description() {
		return "set a user's password: --username NAME, the password from " + NewPasswordPrompt.VARIABLE
				+ " or typed twice";
	}

	@Override
	public int run(List<String> args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		String username;
		try {
			username = CommandOptions.parse(args, "username").require("username");
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: change-password --username NAME (password from " + NewPasswordPrompt.VARIABLE
					+ " or typed)");
			return 2;
		}
		if (this.users.findByUsername(username).isEmpty()) {
			err.println("No user is named '" + username + "'");
			return 1;
		}
		boolean changed = this.passwords.supply((password) -> this.users.setPassword(username, password), err);
		if (changed) {
			out.println("Password of '" + username + "' changed");
		}
		return changed ? 0 : 1;
	}

}
