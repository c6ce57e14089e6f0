package dev.stockroom.admin;

/**
 * What a user does to a model's objects on the admin site, each guarded by one of the
 * model's permissions (Django's {@code view}, {@code add}, {@code change} and
 * {@code delete}).
 */
public enum Operation {

	VIEW, ADD, CHANGE, DELETE

}
