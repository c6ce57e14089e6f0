/**
 * Live updates: pages that change as stock moves, imports progress and notifications
 * arrive, without a reload. The Spring counterpart of Django Channels.
 *
 * <p>
 * A browser opens one STOMP-over-WebSocket connection at {@code /ws} with its page
 * session ({@link dev.stockroom.live.LiveConfiguration}) and subscribes to what its page
 * shows: {@code /topic/stock-levels}, {@code /user/queue/notifications},
 * {@code /user/queue/imports}. Identity checks every frame against the permission matrix
 * ({@code StompAccess}); this module only delivers. Other modules never call it: it
 * listens to their events ({@code StockLevelChanged}, {@code UnreadNotificationsChanged},
 * {@code ImportProgressed}) once their transactions commit, and hands the message to
 * {@link dev.stockroom.live.LiveRelay}, which sends it from a thread of its own to this
 * instance's subscribers and, over Redis pub/sub, to every other instance's. Nothing here
 * can slow or fail the change it reports.
 */
package dev.stockroom.live;
