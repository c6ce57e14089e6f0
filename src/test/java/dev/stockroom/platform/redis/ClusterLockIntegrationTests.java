package dev.stockroom.platform.redis;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.platform.api.IdempotentRequests;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled clean-ups run on one instance at a time: the PostgreSQL advisory lock that
 * one caller holds makes every other caller, on any instance (any connection), skip its
 * turn, and the lock is free again once the holder's transaction ends. Two threads with
 * their own connections stand for two instances.
 */
@IntegrationTest
class ClusterLockIntegrationTests {

	@Autowired
	ClusterLock lock;

	@Autowired
	IdempotentRequests idempotentRequests;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService otherInstance = Executors.newSingleThreadExecutor();

	private final CountDownLatch holding = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stopTheOtherInstance() {
		this.release.countDown();
		this.otherInstance.shutdownNow();
	}

	@Test
	void aSecondCallerSkipsTheWorkWhileTheFirstHoldsTheLock() throws Exception {
		String job = "test-job-" + UUID.randomUUID();
		Future<Boolean> first = holdOnTheOtherInstance(job);
		AtomicBoolean ran = new AtomicBoolean();

		assertThat(this.lock.runExclusively(job, () -> ran.set(true))).isFalse();
		assertThat(ran).as("skipped while the other instance holds the lock").isFalse();
		assertThat(this.lock.runExclusively(job + "-other", () -> ran.set(true))).as("another job's lock").isTrue();

		this.release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		ran.set(false);
		assertThat(this.lock.runExclusively(job, () -> ran.set(true))).isTrue();
		assertThat(ran).as("the lock is free once the holder's transaction has ended").isTrue();
	}

	@Test
	void theIdempotencyKeyCleanUpRunsOnlyWhereItHoldsTheLock() throws Exception {
		String key = "cluster-lock-" + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO idempotency_keys (idempotency_key, fingerprint, created_at, expires_at)
				VALUES (?, repeat('0', 64), now() - interval '2 days', now() - interval '1 day')
				""").param(key).update();
		holdOnTheOtherInstance("idempotency-keys.delete-expired");

		this.idempotentRequests.deleteExpired();
		assertThat(keyExists(key)).as("skipped: another instance is cleaning up").isTrue();

		this.release.countDown();
		this.otherInstance.shutdown();
		assertThat(this.otherInstance.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		this.idempotentRequests.deleteExpired();
		assertThat(keyExists(key)).as("deleted once the lock is free").isFalse();
	}

	private Future<Boolean> holdOnTheOtherInstance(String job) throws InterruptedException {
		Future<Boolean> holder = this.otherInstance.submit(() -> this.lock.runExclusively(job, () -> {
			this.holding.countDown();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(this.holding.await(10, TimeUnit.SECONDS)).as("the other instance took the lock").isTrue();
		return holder;
	}

	private boolean keyExists(String key) {
		return this.jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

}
