package dev.stockroom.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.stock.ledger.InsufficientStockException;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reserved stock against real PostgreSQL: reservations never promise more than is
 * available under concurrency, movements take only available stock, a count may leave a
 * shortage, shipping takes what is reserved, and reservations mixed with movements in any
 * product order never deadlock.
 */
@IntegrationTest
class StockReservationsIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	@Autowired
	StockReservations reservations;

	@Autowired
	StockLedger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CacheManager caches;

	@Autowired
	Clock clock;

	StockFixtures stock;

	@BeforeEach
	void setUp() {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
	}

	@Test
	void concurrentReservationsNeverPromiseMoreThanIsAvailable() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);

		List<Callable<Void>> tasks = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			tasks.add(() -> {
				this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 1, null)));
				return null;
			});
		}
		List<Throwable> failures = runTogether(tasks, tasks.size());

		assertThat(failures).hasSize(24)
			.allSatisfy((failure) -> assertThat(failure).isInstanceOf(InsufficientStockException.class)
				.hasMessageContaining("Only 0 available; 40 reserved"));
		assertThat(reserved(product, warehouse)).isEqualTo(40);
		assertThat(this.stock.onHand(product, warehouse)).isEqualTo(40);
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	@Test
	void anIssueThroughTheApiTakesOnlyAvailableStockAndNamesWhatIsReserved() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);
		this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 37, null)));

		MvcResult refused = this.mvc
			.perform(
					this.stock.postMovement(this.stock.movement(MovementType.ISSUE, product, warehouse, null, 4, null)))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(this.json.readTree(refused.getResponse().getContentAsString()).get("detail").asString())
			.startsWith("Only 3 available; 37 reserved");
		this.stock.issue(product, warehouse, 3);
		assertThat(this.stock.onHand(product, warehouse)).isEqualTo(37);
		assertThat(reserved(product, warehouse)).isEqualTo(37);
	}

	@Test
	void aCountBelowWhatIsReservedRecordsAShortageAndShipsOnlyWhatIsThere() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 40);
		this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 40, null)));

		this.stock.move(MovementType.COUNT, product, warehouse, null, 10, "Cycle count");

		JsonNode level = level(product, warehouse);
		assertThat(level.get("onHand").asInt()).isEqualTo(10);
		assertThat(level.get("reserved").asInt()).isEqualTo(40);
		assertThat(level.get("available").asInt()).isEqualTo(-30);
		assertThat(level.get("shortage").asBoolean()).isTrue();
		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(
				() -> this.reservations.issueReserved(warehouse, List.of(new ReservationLine(product, 11, "SO-1/1"))))
			.withMessageContaining("Only 10 on hand to ship; 40 reserved");
		assertThat(this.stock.onHand(product, warehouse)).isEqualTo(10);

		MovementResult shipped = this.reservations.issueReserved(warehouse,
				List.of(new ReservationLine(product, 10, "SO-1/1")));

		assertThat(shipped.movements()).singleElement().satisfies((row) -> {
			assertThat(row.type()).isEqualTo(MovementType.ISSUE);
			assertThat(row.quantityChange()).isEqualTo(-10);
			assertThat(row.resultingQuantity()).isZero();
			assertThat(row.reference()).isEqualTo("SO-1/1");
		});
		assertThat(this.stock.onHand(product, warehouse)).isZero();
		assertThat(reserved(product, warehouse)).isEqualTo(30);
		this.stock.assertLedgerConsistent(product, warehouse);
	}

	@Test
	void shippingAndReleasingReservedStockKeepTheLedgerWhole() {
		long a = this.stock.product();
		long b = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(a, warehouse, 10);
		this.stock.receive(b, warehouse, 10);
		this.reservations.reserve(warehouse, List.of(new ReservationLine(b, 4, null), new ReservationLine(a, 6, null)));

		MovementResult shipped = this.reservations.issueReserved(warehouse,
				List.of(new ReservationLine(b, 3, "SO-7/2"), new ReservationLine(a, 6, "SO-7/1")));
		this.reservations.release(warehouse, List.of(new ReservationLine(b, 1, null)));

		assertThat(shipped.movements())
			.extracting(StockMovementResponse::productId, StockMovementResponse::reference,
					StockMovementResponse::resultingQuantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(b, "SO-7/2", 7),
					org.assertj.core.groups.Tuple.tuple(a, "SO-7/1", 4));
		assertThat(reserved(a, warehouse)).isZero();
		assertThat(reserved(b, warehouse)).isZero();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.reservations.release(warehouse, List.of(new ReservationLine(b, 1, null))));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.reservations.issueReserved(warehouse, List.of(new ReservationLine(a, 1, "SO-7/1"))));
		assertThatIllegalArgumentException().isThrownBy(() -> this.reservations.issueReserved(warehouse,
				List.of(new ReservationLine(a, 1, "SO-7/1"), new ReservationLine(b, 1, "R".repeat(101)))));
		this.stock.assertLedgerConsistent(a, warehouse);
		this.stock.assertLedgerConsistent(b, warehouse);
	}

	@Test
	void aReservationIsAllOrNothing() {
		long plenty = this.stock.product();
		long scarce = this.stock.product();
		long never = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(plenty, warehouse, 10);
		this.stock.receive(scarce, warehouse, 1);

		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.reservations.reserve(warehouse,
					List.of(new ReservationLine(plenty, 2, null), new ReservationLine(scarce, 2, null))))
			.withMessageContaining("product " + scarce);
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.reservations.reserve(warehouse, List.of(new ReservationLine(never, 1, null))));

		assertThat(reserved(plenty, warehouse)).isZero();
		assertThat(reserved(scarce, warehouse)).isZero();
	}

	@Test
	void anInactiveWarehouseTakesNoReservation() {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse(false);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 1, null))));
	}

	/*
	 * Orders of [a, b] and [b, a], shipments and releases of them, and movements on both
	 * levels, all at once: were reservations to lock levels in line order, an [a, b]
	 * order holding a would wait for b while a [b, a] order held b and waited for a, and
	 * PostgreSQL would end one with a deadlock error after a second.
	 */
	@Test
	void reservationsAndMovementsInAnyProductOrderDoNotDeadlock() throws Exception {
		long a = this.stock.product();
		long b = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(a, warehouse, 1000);
		this.stock.receive(b, warehouse, 1000);
		List<Callable<Void>> tasks = new ArrayList<>();
		for (int i = 0; i < 96; i++) {
			int kind = i % 4;
			tasks.add(() -> {
				switch (kind) {
					case 0 -> orderAndShip(warehouse, a, b);
					case 1 -> orderAndShip(warehouse, b, a);
					case 2 -> this.ledger
						.record(new MovementRequest(MovementType.RECEIPT, a, warehouse, null, 2, null, null));
					default ->
						this.ledger.record(new MovementRequest(MovementType.ISSUE, b, warehouse, null, 1, null, null));
				}
				return null;
			});
		}

		List<Throwable> failures = runTogether(tasks, 8);

		assertThat(failures).isEmpty();
		assertThat(reserved(a, warehouse)).isZero();
		assertThat(reserved(b, warehouse)).isZero();
		// 48 orders shipped one of each (and released one of each), 24 receipts of a, 24
		// issues of b.
		assertThat(this.stock.onHand(a, warehouse)).isEqualTo(1000 - 48 + 48);
		assertThat(this.stock.onHand(b, warehouse)).isEqualTo(1000 - 48 - 24);
		this.stock.assertLedgerConsistent(a, warehouse);
		this.stock.assertLedgerConsistent(b, warehouse);
	}

	@Test
	void cachesHearOfAReservationOnlyOnceItCommits() throws Exception {
		long product = this.stock.product();
		long warehouse = this.stock.warehouse();
		this.stock.receive(product, warehouse, 5);
		Cache dashboard = this.caches.getCache("dashboard");
		String today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).toString();
		dashboard.evict(today);
		MockHttpSession session = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		MvcResult page = this.mvc.perform(get("/").session(session).with(SignIn.anonymous())).andReturn();
		assertThat(page.getResponse().getStatus()).as(page.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(dashboard.get(today)).as("cached after the dashboard was read").isNotNull();

		this.transactions.executeWithoutResult((status) -> {
			this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 2, null)));
			status.setRollbackOnly();
		});
		assertThat(dashboard.get(today)).as("cached after a reservation rolled back").isNotNull();
		assertThat(reserved(product, warehouse)).isZero();

		this.transactions.executeWithoutResult(
				(status) -> this.reservations.reserve(warehouse, List.of(new ReservationLine(product, 2, null))));
		assertThat(dashboard.get(today)).as("cached after a reservation committed").isNull();
	}

	/**
	 * One order's life: reserve both lines (in the given order), ship one of each,
	 * release the rest.
	 */
	private void orderAndShip(long warehouse, long first, long second) {
		this.transactions.executeWithoutResult((status) -> this.reservations.reserve(warehouse,
				List.of(new ReservationLine(first, 2, null), new ReservationLine(second, 2, null))));
		this.transactions.executeWithoutResult((status) -> {
			this.reservations.issueReserved(warehouse,
					List.of(new ReservationLine(second, 1, "SO/2"), new ReservationLine(first, 1, "SO/1")));
			this.reservations.release(warehouse,
					List.of(new ReservationLine(second, 1, null), new ReservationLine(first, 1, null)));
		});
	}

	private int reserved(long productId, long warehouseId) {
		return this.jdbc.sql("SELECT reserved FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(productId, warehouseId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private JsonNode level(long productId, long warehouseId) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/stock/levels").param("product", Long.toString(productId))
				.param("warehouse", Long.toString(warehouseId)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return this.json.readTree(result.getResponse().getContentAsString()).get("content").get(0);
	}

	/**
	 * Starts the tasks together on this many threads (fewer than the connection pool's
	 * ten when every task holds a connection a while) and answers what they threw.
	 */
	private static List<Throwable> runTogether(List<Callable<Void>> tasks, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Void>> futures = new ArrayList<>();
			for (Callable<Void> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<Throwable> failures = new ArrayList<>();
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			for (Future<Void> future : futures) {
				try {
					future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			return failures;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
