/**
 * Sales' registrations on the admin site: sales orders, read there and deleted while
 * drafts; they are written, confirmed, shipped and cancelled on their own pages, where
 * the order's state machine and the reservations are enforced.
 */
package dev.stockroom.sales.admin;
