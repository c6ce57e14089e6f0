package dev.stockroom.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import dev.stockroom.stock.StockLevelChanged;

/**
 * Sends each stock level's new figures to {@code /topic/stock-levels} once its movement
 * or reservation commits: {@code {"levels": [{"productId", "warehouseId", "onHand",
 * "reserved", "available", "reorderPoint", "lowStock", "sequence"}]}}.
 *
 * <p>
 * Levels that change faster than they can be sent (a stock-count import moves thousands a
 * second) are gathered: while a message waits for the sending thread, later figures join
 * it, and a level changed twice meanwhile is sent once, with its newest figures (the
 * higher sequence, the level's version, wins, whatever order the commits reported in). So
 * the messages never outnumber what subscribers can take, and a quiet system sends each
 * change at once.
 *
 * <p>
 * Nor does a busy one send more than one stock message per {@link #INTERVAL}: each
 * message goes to every subscriber (a frame per socket), so the cost of subscribers grows
 * with the message rate, not with the movement rate. bench/live.sh measured the movement
 * POST with 100 open sockets at 0.68x its rate without them when every movement made a
 * message; a tenth of a second adds at most that to a figure's delay (the goal is a
 * second).
 */
@Component
// Not for a command (check-ledger, load-demo-data), which runs without a web server or
// sockets.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StockLevelUpdates {

	private final LiveRelay relay;

	private final JsonMapper json;

	// Guarded by this: figures waiting for the sending thread, by level.
	private final Map<String, StockLevelChanged> pending = new LinkedHashMap<>();

	private boolean queued;

	static final Duration INTERVAL = Duration.ofMillis(100);

	private final long intervalNanos;

	// Guarded by this: when the last message was taken, if one was.
	private long lastTaken;

	private boolean takenBefore;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "live-stock-levels");
		thread.setDaemon(true);
		return thread;
	});

	@Autowired
	StockLevelUpdates(LiveRelay relay, JsonMapper json) {
		this(relay, json, INTERVAL);
	}

	StockLevelUpdates(LiveRelay relay, JsonMapper json, Duration interval) {
		this.relay = relay;
		this.json = json;
		this.intervalNanos = interval.toNanos();
	}

	@EventListener
	void on(StockLevelChanged changed) {
		AfterCommit.run(() -> committed(changed));
	}

	void committed(StockLevelChanged changed) {
		boolean queue;
		long wait = 0;
		synchronized (this) {
			this.pending.merge(changed.productId() + ":" + changed.warehouseId(), changed,
					(waiting, newer) -> (newer.sequence() >= waiting.sequence()) ? newer : waiting);
			queue = !this.queued;
			this.queued = true;
			if (queue && this.takenBefore) {
				wait = this.lastTaken + this.intervalNanos - System.nanoTime();
			}
		}
		if (queue && wait > 0) {
			this.timer.schedule(() -> this.relay.send(this::takePending), wait, TimeUnit.NANOSECONDS);
		}
		else if (queue) {
			this.relay.send(this::takePending);
		}
	}

	@PreDestroy
	void stop() {
		this.timer.shutdownNow();
	}

	private LiveMessage takePending() {
		List<StockLevelChanged> levels;
		synchronized (this) {
			levels = new ArrayList<>(this.pending.values());
			this.pending.clear();
			this.queued = false;
			this.lastTaken = System.nanoTime();
			this.takenBefore = true;
		}
		return levels.isEmpty() ? null : LiveMessage.toAll(LiveEndpointRules.STOCK_LEVELS,
				this.json.writeValueAsString(Map.of("levels", levels)));
	}

}
