package dev.stockroom.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import dev.stockroom.stock.StockLevelChanged;

/**
 * Sends each stock level's new figures to {@code /topic/stock-levels} once its movement
 * commits: {@code {"levels": [{"productId", "warehouseId", "onHand", "reorderPoint",
 * "lowStock", "sequence"}]}}.
 *
 * <p>
 * Levels that change faster than they can be sent (a stock-count import moves thousands a
 * second) are gathered: while a message waits for the sending thread, later figures join
 * it, and a level changed twice meanwhile is sent once, with its newest figures (the
 * higher ledger sequence wins, whatever order the commits reported in). So the messages
 * never outnumber what subscribers can take, and a quiet system sends each change at
 * once.
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

	StockLevelUpdates(LiveRelay relay, JsonMapper json) {
		this.relay = relay;
		this.json = json;
	}

	@EventListener
	void on(StockLevelChanged changed) {
		AfterCommit.run(() -> committed(changed));
	}

	void committed(StockLevelChanged changed) {
		boolean queue;
		synchronized (this) {
			this.pending.merge(changed.productId() + ":" + changed.warehouseId(), changed,
					(waiting, newer) -> (newer.sequence() >= waiting.sequence()) ? newer : waiting);
			queue = !this.queued;
			this.queued = true;
		}
		if (queue) {
			this.relay.send(this::takePending);
		}
	}

	private LiveMessage takePending() {
		List<StockLevelChanged> levels;
		synchronized (this) {
			levels = new ArrayList<>(this.pending.values());
			this.pending.clear();
			this.queued = false;
		}
		return levels.isEmpty() ? null : LiveMessage.toAll(LiveEndpointRules.STOCK_LEVELS,
				this.json.writeValueAsString(Map.of("levels", levels)));
	}

}
