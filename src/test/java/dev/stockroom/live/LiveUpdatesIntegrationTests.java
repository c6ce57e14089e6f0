package dev.stockroom.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.notifications.NotificationKind;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.stock.ReservationLine;
import dev.stockroom.stock.StockReservations;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.TcpProxy;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates on one instance, through a real socket: what a subscriber receives after a
 * movement commits, and who may connect, subscribe and receive (the permission matrix's
 * subscription rows, the CSRF token on CONNECT, one user's queue never reaching another).
 */
@IntegrationTest
class LiveUpdatesIntegrationTests {

	private static final String PASSWORD = "quartz meadow lantern tide";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	WarehouseService warehouses;

	@Autowired
	TestTokens tokens;

	@Autowired
	UserService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StockReservations reservations;

	private final HttpClient http = HttpClient.newHttpClient();

	private long product;

	private long warehouse;

	@BeforeEach
	void stock() throws Exception {
		String suffix = CatalogApi.unique();
		this.product = new CatalogApi(this.mvc).createProduct("LIVE-" + suffix, "Live " + suffix, null);
		this.warehouse = this.warehouses.create(new WarehouseRequest("L" + suffix, "Live " + suffix, null, null, null))
			.id();
	}

	@Test
	void aMovementsNewFiguresReachStockSubscribersOnceItCommits() throws Exception {
		try (LiveClient.Session session = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD).connect()) {
			assertThat(session.connected()).isTrue();
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			subscribed(session);

			assertThat(receipt(7).statusCode()).isEqualTo(201);

			assertThat(nextAbout(levels)).contains("\"productId\":" + this.product)
				.contains("\"warehouseId\":" + this.warehouse)
				.contains("\"onHand\":7");
		}
	}

	@Test
	void aReservationsNewFiguresReachStockSubscribersAsNewerThanTheMovementBeforeIt() throws Exception {
		try (LiveClient.Session session = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD).connect()) {
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			subscribed(session);
			assertThat(receipt(40).statusCode()).isEqualTo(201);
			String received = nextAbout(levels);

			this.reservations.reserve(this.warehouse, List.of(new ReservationLine(this.product, 37, null)));

			String reserved = nextAbout(levels);
			assertThat(reserved).contains("\"onHand\":40,\"reserved\":37,\"available\":3");
			// No ledger row, yet newer: live pages keep the figures with the higher
			// sequence.
			assertThat(sequence(reserved)).isGreaterThan(sequence(received));
		}
	}

	@Test
	void aMovementThatFailsSendsNothing() throws Exception {
		try (LiveClient.Session session = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD).connect()) {
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			subscribed(session);

			assertThat(movement("ISSUE", 5, "clerk").statusCode()).isEqualTo(409);
			assertThat(receipt(2).statusCode()).isEqualTo(201);

			// The first message about this level is the receipt's: the refused issue sent
			// none.
			assertThat(nextAbout(levels)).contains("\"onHand\":2");
		}
	}

	@Test
	void refusesAConnectWithoutTheCsrfToken() throws Exception {
		LiveClient client = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD);
		try (LiveClient.Session forged = client.connect(false)) {
			assertThat(forged.connected()).isFalse();
		}
		try (LiveClient.Session real = client.connect(true)) {
			assertThat(real.connected()).isTrue();
		}
	}

	@Test
	void refusesAHandshakeFromAnotherSitesPage() throws Exception {
		LiveClient client = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD);
		try (LiveClient.Session foreign = client.connectFrom("https://elsewhere.example")) {
			assertThat(foreign.connected()).isFalse();
		}
		try (LiveClient.Session own = client.connectFrom("http://localhost:" + this.port)) {
			assertThat(own.connected()).isTrue();
		}
	}

	@Test
	void aUserWithoutWarehouseViewCannotSubscribeToStockLevels() throws Exception {
		UserAccount reader = userWith("product.view");
		try (LiveClient.Session session = LiveClient.signIn(this.port, reader.username(), PASSWORD).connect()) {
			assertThat(session.connected()).isTrue();
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			receipt(3);

			assertThat(nextAbout(levels, Duration.ofSeconds(2))).isNull();
			awaitClosed(session);
			// The ERROR frame says why, where the client got to read it before the close.
			assertThat(session.errors)
				.allSatisfy((error) -> assertThat(error).isEqualTo("Not allowed to subscribe to /topic/stock-levels"));
		}
	}

	@Test
	void refusesDestinationsTheMatrixDoesNotName() throws Exception {
		try (LiveClient.Session session = LiveClient.signIn(this.port, "admin", PageSignIn.DEMO_PASSWORD).connect()) {
			session.subscribe("/topic/everything");

			assertThat(session.errors.poll(5, TimeUnit.SECONDS)).isNotNull();
			awaitClosed(session);
		}
	}

	@Test
	void aUserNeverReceivesAnotherUsersQueue() throws Exception {
		UserAccount alice = userWith("product.view");
		UserAccount bob = userWith("product.view");
		try (LiveClient.Session aliceSession = LiveClient.signIn(this.port, alice.username(), PASSWORD).connect();
				LiveClient.Session bobSession = LiveClient.signIn(this.port, bob.username(), PASSWORD).connect()) {
			BlockingQueue<String> toAlice = aliceSession.subscribe("/user/queue/notifications");
			BlockingQueue<String> toBob = bobSession.subscribe("/user/queue/notifications");
			subscribed(aliceSession);
			subscribed(bobSession);

			this.notifications.notify(alice.id(), NotificationKind.IMPORT_FINISHED, "For Alice only", null, null);

			assertThat(toAlice.poll(5, TimeUnit.SECONDS)).contains("For Alice only").contains("\"unreadCount\":1");
			assertThat(toBob.poll(1, TimeUnit.SECONDS)).isNull();
		}
	}

	@Test
	void aUserWhoLosesWarehouseViewStopsReceivingStockLevels() throws Exception {
		UserAccount user = userWith("warehouse.view");
		try (LiveClient.Session session = LiveClient.signIn(this.port, user.username(), PASSWORD).connect()) {
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			subscribed(session);
			receipt(1);
			assertThat(nextAbout(levels)).contains("\"onHand\":1");

			regroup(user, "product.view");
			receipt(1);

			assertThat(nextAbout(levels, Duration.ofSeconds(2))).isNull();
		}
	}

	@Test
	void killingASubscribersConnectionMidStreamLeavesMovementsAlone() throws Exception {
		LiveClient client = LiveClient.signIn(this.port, "clerk", PageSignIn.DEMO_PASSWORD);
		try (TcpProxy network = TcpProxy.to("127.0.0.1", this.port);
				LiveClient.Session session = client.connectThrough(network.port())) {
			BlockingQueue<String> levels = session.subscribe("/topic/stock-levels");
			subscribed(session);
			for (int i = 1; i <= 5; i++) {
				assertThat(receipt(1).statusCode()).isEqualTo(201);
			}
			assertThat(nextAbout(levels)).isNotNull();

			// Reset under the socket while figures stream to it, as a dropped network
			// does.
			network.cut();
			for (int i = 6; i <= 25; i++) {
				long started = System.nanoTime();
				HttpResponse<String> answer = receipt(1);
				assertThat(answer.statusCode()).isEqualTo(201);
				assertThat(answer.body()).contains("\"resultingQuantity\":" + i);
				// Far below the socket's send time limit, which a movement waiting on
				// the dead socket would take.
				assertThat(Duration.ofNanos(System.nanoTime() - started))
					.isLessThan(Duration.ofMillis(LiveConfiguration.SEND_TIME_LIMIT_MS / 2));
			}
		}
	}

	private HttpResponse<String> receipt(int quantity) throws Exception {
		return movement("RECEIPT", quantity, "clerk");
	}

	private HttpResponse<String> movement(String type, int quantity, String username) throws Exception {
		String body = """
				{"type": "%s", "productId": %d, "warehouseId": %d, "quantity": %d}""".formatted(type, this.product,
				this.warehouse, quantity);
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/stock/movements"))
				.header("Authorization", this.tokens.bearer(username))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String nextAbout(BlockingQueue<String> messages) throws InterruptedException {
		return nextAbout(messages, Duration.ofSeconds(5));
	}

	// The shared test database has other tests' movements too: skip theirs.
	private String nextAbout(BlockingQueue<String> messages, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		String mine = "\"productId\":" + this.product + ",\"warehouseId\":" + this.warehouse + ",";
		while (System.nanoTime() < deadline) {
			String message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (message != null && message.contains(mine)) {
				return message.substring(message.indexOf(mine));
			}
		}
		return null;
	}

	private static long sequence(String message) {
		Matcher matcher = Pattern.compile("\"sequence\":(\\d+)").matcher(message);
		assertThat(matcher.find()).as(message).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	// A SUBSCRIBE frame is taken asynchronously; a receipt-less client waits a moment.
	private static void subscribed(LiveClient.Session session) throws InterruptedException {
		Thread.sleep(300);
		assertThat(session.connected()).isTrue();
	}

	private static void awaitClosed(LiveClient.Session session) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (session.connected() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(session.connected()).isFalse();
	}

	private UserAccount userWith(String... permissions) {
		String username = "live-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount user = this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Live " + username, PASSWORD));
		regroup(user, permissions);
		return user;
	}

	private void regroup(UserAccount user, String... permissions) {
		String group = "Live " + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.saveGroup(null, new GroupRequest(group, "Live updates test", Set.of(permissions), null));
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
		this.accounts.changeAccount(user.id(),
				new AccountChange(user.email(), "Live User", true, false, Set.of(group), version));
	}

}
