package dev.stockroom.stock.ledger;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.command.StockroomCommand;

/**
 * {@code check-ledger}: runs the {@link LedgerAudit} and exits 1 when it finds anything,
 * so that a cron job or a deployment pipeline can check a database after a restore or a
 * migration and stop on drift.
 */
@Component
class LedgerCheckCommand implements StockroomCommand {

	private final LedgerAudit audit;

	LedgerCheckCommand(LedgerAudit audit) {
		this.audit = audit;
	}

	@Override
	public String name() {
		return "check-ledger";
	}

	@Override
	public String description() {
		return "check that every stock level equals the sum of its ledger rows and that no row breaks its chain";
	}

	@Override
	public int run(List<String> args) {
		// The findings are the command's output, not log lines: they go to stdout (read
		// when the command runs, not kept from start-up, so that a redirect is honoured).
		PrintStream out = System.out;
		List<LedgerAudit.Finding> findings = this.audit.run();
		if (findings.isEmpty()) {
			LedgerAudit.Totals totals = this.audit.totals();
			out.println(
					"Ledger OK: " + totals.levels() + " stock levels and " + totals.movements() + " ledger rows agree");
			return 0;
		}
		out.println("Ledger check found " + findings.size() + " problem(s):");
		findings.forEach((finding) -> out.println("  " + finding));
		return 1;
	}

}
