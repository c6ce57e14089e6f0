package dev.stockroom.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import dev.stockroom.stock.StockLevelChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How stock figures wait for the sending thread: gathered into one message, each level
 * once with its newest figures, and nothing queued twice.
 */
class StockLevelUpdatesTests {

	private final QueuedRelay relay = new QueuedRelay();

	private final StockLevelUpdates updates = new StockLevelUpdates(this.relay, JsonMapper.builder().build(),
			Duration.ZERO);

	@Test
	void figuresThatArriveWhileAMessageWaitsJoinItNewestPerLevel() {
		this.updates.committed(level(1, 10, 5, 3));
		this.updates.committed(level(1, 10, 9, 5));
		this.updates.committed(level(1, 10, 7, 4)); // an older commit that reported late
		this.updates.committed(level(2, 10, 1, 1));

		assertThat(this.relay.queued).hasSize(1);
		LiveMessage message = this.relay.queued.get(0).get();
		assertThat(message.destination()).isEqualTo("/topic/stock-levels");
		assertThat(message.user()).isNull();
		assertThat(message.body()).isEqualTo("{\"levels\":["
				+ "{\"productId\":1,\"warehouseId\":10,\"onHand\":9,\"reserved\":0,\"available\":9,\"reorderPoint\":0,"
				+ "\"lowStock\":false,\"sequence\":5},"
				+ "{\"productId\":2,\"warehouseId\":10,\"onHand\":1,\"reserved\":0,\"available\":1,\"reorderPoint\":0,"
				+ "\"lowStock\":false,\"sequence\":1}]}");
	}

	@Test
	void figuresAfterAMessageLeftMakeTheNextOne() {
		this.updates.committed(level(1, 10, 5, 3));
		this.relay.queued.get(0).get();

		this.updates.committed(level(1, 10, 6, 4));

		assertThat(this.relay.queued).hasSize(2);
		assertThat(this.relay.queued.get(1).get().body()).contains("\"onHand\":6");
	}

	@Test
	void aBusySystemSendsAtMostOneMessageAnInterval() throws InterruptedException {
		StockLevelUpdates paced = new StockLevelUpdates(this.relay, JsonMapper.builder().build(),
				Duration.ofMillis(300));
		paced.committed(level(1, 10, 5, 3));
		this.relay.queued.get(0).get();

		paced.committed(level(1, 10, 6, 4));
		assertThat(this.relay.queued).hasSize(1);
		Thread.sleep(600);

		assertThat(this.relay.queued).hasSize(2);
		assertThat(this.relay.queued.get(1).get().body()).contains("\"onHand\":6");
		paced.stop();
	}

	private static StockLevelChanged level(long product, long warehouse, int onHand, long sequence) {
		return new StockLevelChanged(product, warehouse, onHand, 0, onHand, 0, false, sequence);
	}

	/**
	 * A relay whose sending thread never runs by itself: the test runs what it queued.
	 */
	static final class QueuedRelay extends LiveRelay {

		final List<Supplier<LiveMessage>> queued = new CopyOnWriteArrayList<>();

		QueuedRelay() {
			super(new SimpMessagingTemplate((message, timeout) -> true),
					new StaticListableBeanFactory().getBeanProvider(RedisLiveFanOut.class));
		}

		@Override
		void send(Supplier<LiveMessage> message) {
			this.queued.add(message);
		}

	}

}
