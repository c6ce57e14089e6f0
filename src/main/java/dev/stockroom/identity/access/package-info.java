/**
 * Enforcing the permission matrix: the authorization manager every request passes, and
 * {@code PageAccess}, which pages ask before they show a link or a button.
 */
package dev.stockroom.identity.access;
