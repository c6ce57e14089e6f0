package dev.stockroom.stock;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.AccessRequirement.PermissionByType;
import dev.stockroom.platform.access.PermissionCode;

/**
 * The kinds of stock movement, each with the permission that posting one needs: receiving
 * stock is not adjusting it.
 */
public enum MovementType {

	/** Goods arrive: on-hand goes up. */
	RECEIPT(PermissionCode.STOCK_RECEIVE),
	/** Goods leave: on-hand goes down, never below zero. */
	ISSUE(PermissionCode.STOCK_ISSUE),
	/** Goods move between two warehouses: one operation, two ledger rows. */
	TRANSFER(PermissionCode.STOCK_TRANSFER),
	/** A signed correction with a reason (damage, theft, found stock). */
	ADJUSTMENT(PermissionCode.STOCK_ADJUST),
	/** A physical count: sets on-hand to what was counted and records the difference. */
	COUNT(PermissionCode.STOCK_COUNT);

	/**
	 * What posting a movement needs, by the type the request body names: the matrix's row
	 * lets in whoever may post some type, the controller checks the body's.
	 */
	public static final PermissionByType PERMISSIONS = AccessRequirement.byType("movement type",
			Arrays.stream(values()).collect(Collectors.toMap(Enum::name, MovementType::permission)));

	private final PermissionCode permission;

	MovementType(PermissionCode permission) {
		this.permission = permission;
	}

	/**
	 * @return the permission posting a movement of this type needs
	 */
	public PermissionCode permission() {
		return this.permission;
	}

}
