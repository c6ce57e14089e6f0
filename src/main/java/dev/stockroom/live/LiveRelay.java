package dev.stockroom.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * Sends live messages to every subscriber on every instance: to this instance's through
 * its broker, to the others' through {@link RedisLiveFanOut} (where Redis is configured),
 * whose instances hand what they hear to their own broker ({@link #deliverHere}).
 *
 * <p>
 * {@link #send} only queues: the event listeners call it once a change has committed, on
 * the thread that made the change (a movement's request), and that thread must not wait
 * for Redis or a broker. One thread of its own sends, in order. The queue is bounded:
 * should sending ever fall behind by {@link #QUEUE_CAPACITY} messages, the oldest are
 * dropped and counted ({@link #dropped()}), never the change that caused them; a page
 * that misses a figure shows the next one, or the right one on reload.
 */
@Component
// Not for a command (check-ledger, load-demo-data), which runs without a web server or
// sockets.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LiveRelay implements DisposableBean {

	static final int QUEUE_CAPACITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

	private final SimpMessageSendingOperations messaging;

	private final RedisLiveFanOut fanOut;

	private final AtomicLong dropped = new AtomicLong();

	private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(QUEUE_CAPACITY), (runnable) -> {
				Thread thread = new Thread(runnable, "live-relay");
				thread.setDaemon(true);
				return thread;
			}, (runnable, executor) -> {
				if (!executor.isShutdown()) {
					executor.getQueue().poll();
					this.dropped.incrementAndGet();
					executor.execute(runnable);
				}
			});

	LiveRelay(SimpMessageSendingOperations messaging, ObjectProvider<RedisLiveFanOut> fanOut) {
		this.messaging = messaging;
		this.fanOut = fanOut.getIfAvailable();
		if (this.fanOut != null) {
			this.fanOut.listen(this::deliverHere);
		}
	}

	/**
	 * Queues a message for this instance's subscribers and the other instances; returns
	 * at once.
	 * @param message what to send
	 */
	void send(LiveMessage message) {
		send(() -> message);
	}

	/**
	 * Queues a message made on the sending thread, when its turn comes: for messages that
	 * gather what happened meanwhile ({@link StockLevelUpdates}) or read figures that
	 * should not be read on the changing thread.
	 * @param message makes the message, or answers {@code null} for nothing to send
	 */
	void send(Supplier<LiveMessage> message) {
		this.sender.execute(() -> {
			LiveMessage made = message.get();
			if (made != null) {
				deliverHere(made);
				if (this.fanOut != null) {
					this.fanOut.publish(made);
				}
			}
		});
	}

	/**
	 * Hands a message to this instance's broker, which sends it to the subscribers
	 * connected here.
	 * @param message what to deliver
	 */
	void deliverHere(LiveMessage message) {
		try {
			if (message.user() == null) {
				this.messaging.convertAndSend(message.destination(), message.body());
			}
			else {
				this.messaging.convertAndSendToUser(message.user(), message.destination(), message.body());
			}
		}
		catch (MessagingException ex) {
			log.warn("Could not deliver a live message to {}: {}", message.destination(), ex.toString());
		}
	}

	/**
	 * @return how many messages were dropped because sending fell behind
	 */
	long dropped() {
		return this.dropped.get();
	}

	@Override
	public void destroy() throws InterruptedException {
		this.sender.shutdown();
		this.sender.awaitTermination(2, TimeUnit.SECONDS);
	}

}
