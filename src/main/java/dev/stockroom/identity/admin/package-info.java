/**
 * Identity's models on the admin site (Django's {@code admin.py}): users, groups and
 * their permissions, and everyone's API tokens, written through
 * {@link dev.stockroom.identity.AccountAdministration} and
 * {@link dev.stockroom.identity.UserService}.
 */
package dev.stockroom.identity.admin;
