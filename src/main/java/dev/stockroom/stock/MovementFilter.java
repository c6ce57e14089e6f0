package dev.stockroom.stock;

import java.time.Instant;

/**
 * The ledger's filters.
 *
 * @param product only this product's rows
 * @param warehouse only this warehouse's rows
 * @param type only rows of this type
 * @param from rows made at or after this instant
 * @param to rows made before this instant
 */
public record MovementFilter(Long product, Long warehouse, MovementType type, Instant from, Instant to) {

	public static MovementFilter none() {
		return new MovementFilter(null, null, null, null, null);
	}

}
