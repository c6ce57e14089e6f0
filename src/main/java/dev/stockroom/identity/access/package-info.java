/**
 * Enforcing the permission matrix: the authorization manager every request passes, and
 * {@code PageAccess}, which pages ask before they show a link or a button, and
 * {@code StompAccess}, which checks every frame of the live-update socket.
 */
package dev.stockroom.identity.access;
