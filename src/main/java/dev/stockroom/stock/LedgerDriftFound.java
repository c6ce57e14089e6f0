package dev.stockroom.stock;

import java.time.Instant;
import java.util.List;

/**
 * The nightly ledger audit found stock levels that disagree with their ledger rows, or
 * rows that break their chain: what {@code check-ledger} reports, for whoever must be
 * told (the notifications module tells the superusers). Published only when something is
 * wrong, after the audit, outside any transaction of its own.
 *
 * @param checkedAt when the audit ran
 * @param findings how many problems it found (at most a thousand per kind of check)
 * @param examples the first few, in words ("product 12 in warehouse 3: on-hand 9 ...")
 */
public record LedgerDriftFound(Instant checkedAt, int findings, List<String> examples) {

	public LedgerDriftFound {
		examples = List.copyOf(examples);
	}

}
