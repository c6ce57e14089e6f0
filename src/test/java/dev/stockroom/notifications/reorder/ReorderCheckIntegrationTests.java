package dev.stockroom.notifications.reorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.user.ProfileUpdate;
import dev.stockroom.platform.command.StockroomCommand;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily reorder check against a real SMTP server (GreenMail): each user who asked for
 * the digest gets one mail listing the low stock levels with what to order, and one
 * notification; users who did not ask get nothing; and however many runs overlap (two
 * instances at 06:00, a "run now" beside the schedule), nobody gets a second digest that
 * day.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReorderCheckIntegrationTests {

	private static final String SUBJECT = "Stockroom reorder digest for ";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	// The shared test database holds other tests' low levels too: list them all, so that
	// this test's level is in every digest whatever else is low.
	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("stockroom.reorder-check.max-rows", () -> "100000");
	}

	@Autowired
	ReorderCheck check;

	@Autowired
	List<StockroomCommand> commands;

	@Autowired
	UserService users;

	@Autowired
	ProductService products;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private String sku;

	private String warehouseCode;

	@BeforeEach
	void aLowStockLevel() {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		// Reorder point 10, reorder quantity 20, on hand 3: suggest 10 + 20 - 3 = 27.
		ProductResponse created = this.products.create(new ProductRequest(StockFixtures.unique("RDG"), "Digest widget",
				null, null, null, null, 10, 20, null, null, null, null, null));
		long product = created.id();
		// As stored: SKUs are kept in upper case.
		this.sku = created.sku();
		long warehouse = stock.warehouse();
		this.warehouseCode = this.jdbc.sql("SELECT code FROM warehouses WHERE id = ?")
			.param(warehouse)
			.query(String.class)
			.single();
		stock.receive(product, warehouse, 3);
	}

	@Test
	void everyoneWhoAskedGetsOneDigestListingTheLowLevelsWithWhatToOrder() throws Exception {
		Recipient ada = register(true);
		Recipient bob = register(false);

		ReorderCheck.Result result = this.check.run();

		assertThat(result.sent()).isGreaterThanOrEqualTo(1);
		assertThat(result.lowLevels()).isPositive();
		MimeMessage mail = await().atMost(Duration.ofSeconds(10))
			.until(() -> digests(ada.email()), (m) -> !m.isEmpty())
			.get(0);
		assertThat(mail.getSubject()).startsWith(SUBJECT + result.day() + ": ").contains(" at or below ");
		String text = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(text).contains("Hello Digest Reader")
			.contains(this.sku + " Digest widget in " + this.warehouseCode
					+ ": on hand 3, reorder point 10, suggested order 27")
			.contains("/stock/levels?lowStock=true")
			.contains("/account/profile");
		assertThat(digests(bob.email())).as("Bob did not ask").isEmpty();
		assertThat(notifications(ada.id())).singleElement()
			.satisfies((title) -> assertThat(title)
				.isEqualTo((result.lowLevels() == 1) ? "1 stock level is at or below its reorder point"
						: result.lowLevels() + " stock levels are at or below their reorder point"));
		assertThat(notifications(bob.id())).isEmpty();
		assertThat(this.jdbc.sql("SELECT body FROM notifications WHERE user_id = ?")
			.param(ada.id())
			.query(String.class)
			.single()).contains(this.sku + " Digest widget in " + this.warehouseCode);
	}

	@Test
	void twoChecksRunningAtOnceSendOneDigestAndOneNotificationToEachUser() throws Exception {
		List<Recipient> recipients = List.of(register(true), register(true), register(true));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		List<Future<ReorderCheck.Result>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				runs.add(instances.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return this.check.run();
				}));
			}
			for (Future<ReorderCheck.Result> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			instances.shutdownNow();
		}
		// And a third, later the same day: the day's digests are out already.
		ReorderCheck.Result again = this.check.run();

		assertThat(again.sentBefore()).isGreaterThanOrEqualTo(recipients.size());
		// Any second mail would have been sent by now (the first ones were, before run()
		// returned); give the server a moment to have taken them all in.
		Thread.sleep(1000);
		for (Recipient recipient : recipients) {
			assertThat(digests(recipient.email())).as(recipient.email()).hasSize(1);
			assertThat(notifications(recipient.id())).as(recipient.email()).hasSize(1);
			assertThat(this.jdbc.sql("SELECT count(*) FROM reorder_digests WHERE user_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void theCommandRunsTheCheckAtOnceAndSaysWhatItDid(CapturedOutput output) throws Exception {
		Recipient ada = register(true);

		int exitCode = command().run(List.of());

		assertThat(exitCode).isZero();
		assertThat(output).contains("Reorder check for ").contains(" digest(s) sent");
		assertThat(digests(ada.email())).hasSize(1);
		assertThat(command().run(List.of())).isZero();
		assertThat(digests(ada.email())).as("not twice on one day").hasSize(1);
	}

	private StockroomCommand command() {
		return this.commands.stream()
			.filter((command) -> command.name().equals("reorder-check"))
			.findFirst()
			.orElseThrow();
	}

	private List<String> notifications(long userId) {
		return this.jdbc.sql("SELECT title FROM notifications WHERE user_id = ? AND kind = 'LOW_STOCK'")
			.param(userId)
			.query(String.class)
			.list();
	}

	private static List<MimeMessage> digests(String recipient) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)
					&& message.getSubject().startsWith(SUBJECT)) {
				found.add(message);
			}
		}
		return found;
	}

	private Recipient register(boolean wantsDigest) {
		String username = "digest-" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@example.com";
		long id = this.users
			.register(new RegistrationRequest(username, email, "Digest Reader", "copper willow harbor snow"))
			.id();
		if (wantsDigest) {
			this.users.updateProfile(id, new ProfileUpdate("Digest Reader", null, null, null, null, true));
		}
		return new Recipient(id, email);
	}

	record Recipient(long id, String email) {
	}

}
