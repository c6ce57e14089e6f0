/**
 * Purchasing's registrations on the admin site: purchase orders, read there and deleted
 * while drafts; they are written, placed, received and cancelled on their own pages,
 * where the order's state machine is enforced.
 */
package dev.stockroom.purchasing.admin;
