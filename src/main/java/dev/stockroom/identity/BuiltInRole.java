package dev.stockroom.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import dev.stockroom.platform.access.PermissionCode;

import static dev.stockroom.platform.access.PermissionCode.API_TOKEN_DELETE;
import static dev.stockroom.platform.access.PermissionCode.API_TOKEN_VIEW;
import static dev.stockroom.platform.access.PermissionCode.GROUP_ADD;
import static dev.stockroom.platform.access.PermissionCode.GROUP_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.GROUP_DELETE;
import static dev.stockroom.platform.access.PermissionCode.GROUP_VIEW;
import static dev.stockroom.platform.access.PermissionCode.JOB_DELETE;
import static dev.stockroom.platform.access.PermissionCode.JOB_VIEW;
import static dev.stockroom.platform.access.PermissionCode.PURCHASE_ORDER_RECEIVE;
import static dev.stockroom.platform.access.PermissionCode.SALES_ORDER_SHIP;
import static dev.stockroom.platform.access.PermissionCode.STOCK_COUNT;
import static dev.stockroom.platform.access.PermissionCode.STOCK_ISSUE;
import static dev.stockroom.platform.access.PermissionCode.STOCK_RECEIVE;
import static dev.stockroom.platform.access.PermissionCode.STOCK_TRANSFER;
import static dev.stockroom.platform.access.PermissionCode.USER_ADD;
import static dev.stockroom.platform.access.PermissionCode.USER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.USER_DELETE;
import static dev.stockroom.platform.access.PermissionCode.USER_VIEW;

/**
 * The roles every installation has: groups of the same names, created with their
 * permissions by the migration {@code V6__identity.sql} (whose comment shows the table).
 * A test keeps these sets and the migration's rows equal.
 */
public enum BuiltInRole {

	/** Everything, including managing users. */
	ADMIN(EnumSet.allOf(PermissionCode.class)),

	/**
	 * Everything but adding, changing and deleting users (keeps {@code user.view}), and
	 * nothing of groups and API tokens: who may edit groups may grant itself anything.
	 * Sees background jobs and runs them again, but does not delete them: a deleted job
	 * takes its record and its error with it.
	 */
	MANAGER(except(EnumSet.allOf(PermissionCode.class), USER_ADD, USER_CHANGE, USER_DELETE, GROUP_VIEW, GROUP_ADD,
			GROUP_CHANGE, GROUP_DELETE, API_TOKEN_VIEW, API_TOKEN_DELETE, JOB_DELETE)),

	/**
	 * Views the catalog, warehouses, purchase and sales orders; receives, issues,
	 * transfers and counts stock, receives goods against purchase orders and ships sales
	 * orders.
	 */
	CLERK(with(catalogViews(), STOCK_RECEIVE, STOCK_ISSUE, STOCK_TRANSFER, STOCK_COUNT, PURCHASE_ORDER_RECEIVE,
			SALES_ORDER_SHIP)),

	/** Views the catalog, warehouses, purchase and sales orders. */
	VIEWER(catalogViews());

	private final Set<PermissionCode> permissions;

	BuiltInRole(Set<PermissionCode> permissions) {
		this.permissions = Collections.unmodifiableSet(permissions);
	}

	/**
	 * @return the permissions the role's group holds
	 */
	public Set<PermissionCode> permissions() {
		return this.permissions;
	}

	/**
	 * @return the name of the group that is this role
	 */
	public String groupName() {
		return name();
	}

	// Every *.view but those of identity (users, groups, API tokens), seeing
	// who the users are, and of background jobs: both for managers and admins.
	private static EnumSet<PermissionCode> catalogViews() {
		EnumSet<PermissionCode> views = EnumSet.noneOf(PermissionCode.class);
		for (PermissionCode permission : PermissionCode.values()) {
			if (permission.action().equals("view")
					&& !EnumSet.of(USER_VIEW, GROUP_VIEW, API_TOKEN_VIEW, JOB_VIEW).contains(permission)) {
				views.add(permission);
			}
		}
		return views;
	}

	private static EnumSet<PermissionCode> with(EnumSet<PermissionCode> base, PermissionCode... more) {
		base.addAll(Set.of(more));
		return base;
	}

	private static EnumSet<PermissionCode> except(EnumSet<PermissionCode> base, PermissionCode... less) {
		base.removeAll(Set.of(less));
		return base;
	}

}
