/**
 * Notifications: what the application tells one user (stock at or below its reorder
 * point, an import that finished or failed, ledger drift for superusers), listed newest
 * first at {@code /notifications} and {@code /api/v1/notifications}, with the unread
 * count in every page's header; and the daily reorder digest that makes the low-stock
 * ones ({@code reorder}). Other modules call
 * {@link dev.stockroom.notifications.Notifications} or publish an event it listens to
 * ({@code LedgerDriftFound}); this package is the module's API, the pages and the REST
 * controller are in {@code web}. Each user sees only their own notifications: another
 * user's is a 404, never a 403, so ids tell nothing.
 */
package dev.stockroom.notifications;
