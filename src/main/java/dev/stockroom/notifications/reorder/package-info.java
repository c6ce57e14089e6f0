/**
 * The daily reorder check, Celery beat's counterpart: at
 * {@code stockroom.reorder-check.cron} (06:00 in {@code stockroom.time-zone} unless
 * configured) it reads the stock levels at or below their reorder point through the stock
 * module's own low-stock query and sends each user who asked for it on their profile one
 * digest by mail, with a notification beside it.
 * {@code java -jar stockroom.jar reorder-check} runs it at once. Once a day per user
 * across every instance: a row in {@code reorder_digests} is committed before the mail is
 * sent, and only the instance whose insert made it sends.
 */
package dev.stockroom.notifications.reorder;
