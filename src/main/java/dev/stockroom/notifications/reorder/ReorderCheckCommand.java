package dev.stockroom.notifications.reorder;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.command.StockroomCommand;

/**
 * {@code reorder-check}: runs the daily reorder check now, as the scheduler would. Users
 * who had today's digest already get nothing more, so running it by hand after the
 * scheduled run (or on two instances) sends no second digest. Exits 1 when a digest could
 * not be mailed.
 */
@Component
class ReorderCheckCommand implements StockroomCommand {

	private final ReorderCheck check;

	ReorderCheckCommand(ReorderCheck check) {
		this.check = check;
	}

	@Override
	public String name() {
		return "reorder-check";
	}

	@Override
	public String description() {
		return "send today's reorder digest (low stock levels) to the users who asked for it, once a day each";
	}

	@Override
	public int run(List<String> args) {
		ReorderCheck.Result result = this.check.run();
		// The command's output, read when the command runs (a redirect is honoured).
		System.out.println("Reorder check for " + result.day() + ": " + result.lowLevels()
				+ " stock level(s) at or below their reorder point; " + result.sent() + " digest(s) sent, "
				+ result.sentBefore() + " sent already today, " + result.failed() + " failed, of " + result.recipients()
				+ " user(s) who asked for one");
		return (result.failed() > 0) ? 1 : 0;
	}

}
