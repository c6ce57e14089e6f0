/**
 * Users, groups and permissions as stored: the entities, their repositories, the demo
 * users, the welcome mail and the {@code create-superuser} and {@code change-password}
 * commands.
 */
package dev.stockroom.identity.user;
