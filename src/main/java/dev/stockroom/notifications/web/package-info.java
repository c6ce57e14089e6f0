/**
 * The notifications' pages ({@code /notifications}: the list, mark one or all read), the
 * REST controller ({@code /api/v1/notifications}), and the unread count every page's
 * header shows. Always the signed-in user's own: the user comes from the request's
 * authentication, never from the path or a parameter.
 */
package dev.stockroom.notifications.web;
