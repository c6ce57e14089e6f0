/**
 * The admin site's pages for every registered model: the site itself
 * ({@link dev.stockroom.admin.web.AdminSite}, the registrations and the permission check
 * every page makes first), one small controller per screen (index, change list and its
 * bulk actions, change form, history, delete) with the view records their templates read,
 * and the JPQL read side, saves and deletes behind them. Internal: other modules only
 * register models through the base package.
 */
package dev.stockroom.admin.web;
