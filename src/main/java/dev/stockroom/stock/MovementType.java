package dev.stockroom.stock;

/** The kinds of stock movement. */
public enum MovementType {

	/** Goods arrive: on-hand goes up. */
	RECEIPT,
	/** Goods leave: on-hand goes down, never below zero. */
	ISSUE,
	/** Goods move between two warehouses: one operation, two ledger rows. */
	TRANSFER,
	/** A signed correction with a reason (damage, theft, found stock). */
	ADJUSTMENT,
	/** A physical count: sets on-hand to what was counted and records the difference. */
	COUNT

}
