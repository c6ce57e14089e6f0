package dev.stockroom;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.RoundTrips;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.StatementCounter;
import dev.stockroom.support.StatementCounting;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a warm request costs the database, pinned per kind of request: connections
 * borrowed, transactions, SQL statements and round trips on the wire
 * ({@link RoundTrips}). A read runs in one read-only transaction or none; a request
 * borrows one connection at most; a transaction costs one round trip more than its
 * statements (the COMMIT: the driver sends BEGIN, or BEGIN READ ONLY, in the same
 * exchange as the first statement, and sends nothing for {@code setReadOnly} or
 * {@code setAutoCommit}); a movement takes the stock level's row lock as its last read,
 * so only its two writes and the COMMIT run under it. Adding a statement, a transaction
 * or a round trip to any of these fails here.
 */
@IntegrationTest
@Import(StatementCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestTransactionsIntegrationTests {

	// Hibernate draws ids from the sequence in blocks: one insert in many also sends a
	// nextval, which is not the request's doing.
	private static final String ID_BLOCK = "nextval(";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ApiTokenService apiTokens;

	@Autowired
	TestTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final RoundTrips roundTrips = new RoundTrips();

	private StockFixtures stock;

	private String search;

	private long product;

	private long warehouse;

	private String apiToken;

	private String bearer;

	@BeforeAll
	void fixtures() throws Exception {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		// Three products under one search term: a page that is not full needs no count.
		this.search = StockFixtures.unique("TXPIN");
		for (int i = 0; i < 3; i++) {
			String body = this.json.writeValueAsString(
					Map.of("sku", this.search + "-" + i, "name", "Pinned " + i, "tags", List.of("pinned")));
			MockHttpServletResponse created = this.mvc
				.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
			this.product = this.json.readTree(created.getContentAsString()).get("id").asLong();
		}
		this.warehouse = this.stock.warehouse();
		this.stock.receive(this.product, this.warehouse, 1000);
		this.apiToken = "Token " + this.apiTokens.create(SignIn.DEFAULT_USER, "pinned", Optional.empty()).key();
		this.bearer = this.tokens.bearer(SignIn.DEFAULT_USER);
		this.roundTrips.start();
	}

	@AfterAll
	void stopListening() {
		this.roundTrips.stop();
	}

	@Test
	void aCachedProductDetailWithAnApiTokenCostsTheDatabaseNothing() throws Exception {
		assertThat(warm(api(this.apiToken, detail()))).isEqualTo(Cost.NOTHING);
	}

	@Test
	void aCachedProductDetailWithAJwtCostsTheDatabaseNothing() throws Exception {
		assertThat(warm(api(this.bearer, detail()))).isEqualTo(Cost.NOTHING);
	}

	@Test
	void aProductListWithAnApiTokenRunsOnlyItsTwoDataStatementsInOneReadOnlyTransaction() throws Exception {
		assertProductListCost(warm(api(this.apiToken, "/api/v1/products?size=20&q=" + this.search)));
	}

	@Test
	void aProductListWithAJwtRunsOnlyItsTwoDataStatementsInOneReadOnlyTransaction() throws Exception {
		assertProductListCost(warm(api(this.bearer, "/api/v1/products?size=20&q=" + this.search)));
	}

	@Test
	void stockLevelsRunOneStatementInOneReadOnlyTransaction() throws Exception {
		Cost cost = warm(api(this.apiToken, "/api/v1/stock/levels?product=" + this.product));

		assertThat(cost.readOnlyTransaction(1)).as(cost.toString()).isTrue();
		assertThat(cost.statements()).singleElement().satisfies((sql) -> assertThat(sql).contains("from stock_levels"));
	}

	@Test
	void aSignedInProductPageRunsOnlyItsDataStatementsInOneReadOnlyTransaction() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, SignIn.DEFAULT_USER, PageSignIn.DEMO_PASSWORD);

		assertProductListCost(
				warm(get("/products?size=20&q=" + this.search).session(session).with(SignIn.anonymous())));
	}

	@Test
	void aMovementIsOneTransactionThatLocksTheStockLevelLast() throws Exception {
		for (String credentials : List.of(this.apiToken, this.bearer)) {
			MockHttpServletRequestBuilder issue = this.stock
				.postMovement(this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 1, null))
				.header(HttpHeaders.AUTHORIZATION, credentials);

			Cost cost = warm(issue);

			assertThat(cost.connections()).as(cost.toString()).isEqualTo(1);
			assertThat(cost.commits()).as(cost.toString()).isEqualTo(1);
			assertThat(cost.rollbacks()).as(cost.toString()).isZero();
			List<String> sql = cost.statements().stream().filter((s) -> !s.contains(ID_BLOCK)).toList();
			assertThat(sql).as("the movement's statements").hasSize(5);
			assertThat(sql.get(0)).as("the product, shared").contains("from products").contains("for share");
			assertThat(sql.get(1)).as("the warehouse").contains("from warehouses").doesNotContain(" for ");
			assertThat(sql.get(2)).as("the stock level, locked last").contains("from stock_levels").contains(" for ");
			assertThat(sql.get(3)).as("under the lock").startsWith("insert into stock_movements");
			assertThat(sql.get(4)).as("under the lock").startsWith("update stock_levels");
			assertThat(cost.roundTrips()).as("the statements and the COMMIT").isEqualTo(cost.statements().size() + 1);
			assertThat(cost.begins()).containsExactly("BEGIN");
		}
	}

	private void assertProductListCost(Cost cost) {
		assertThat(cost.readOnlyTransaction(2)).as(cost.toString()).isTrue();
		assertThat(cost.statements().get(0)).contains("from products");
		assertThat(cost.statements().get(1)).contains("from product_tags");
	}

	private String detail() {
		return "/api/v1/products/" + this.product;
	}

	private static MockHttpServletRequestBuilder api(String credentials, String url) {
		return get(url).header(HttpHeaders.AUTHORIZATION, credentials);
	}

	// Twice to warm every cache (the user, the token, the answer), then measured: MockMvc
	// runs the request on this thread, so what background work sends meanwhile is left
	// out.
	private Cost warm(MockHttpServletRequestBuilder request) throws Exception {
		perform(request);
		perform(request);
		this.statements.reset();
		this.roundTrips.reset();
		perform(request);
		Thread thread = Thread.currentThread();
		List<String> events = this.statements.eventsOn(thread);
		return new Cost(count(events, StatementCounter.CONNECTION), count(events, StatementCounter.COMMIT),
				count(events, StatementCounter.ROLLBACK), events.contains("setReadOnly(true)"),
				this.statements.statementsOn(thread)
					.stream()
					.map((sql) -> sql.toLowerCase(Locale.ROOT).replace(StatementCounter.WRITABLE.toLowerCase(), ""))
					.toList(),
				this.statements.statementsOn(thread)
					.stream()
					.anyMatch((sql) -> sql.startsWith(StatementCounter.WRITABLE)),
				this.roundTrips.on(thread), begins(this.roundTrips.messagesOn(thread)));
	}

	// SimpleQuery(query="BEGIN READ ONLY") -> BEGIN READ ONLY
	private static List<String> begins(List<String> messages) {
		return messages.stream()
			.filter((message) -> message.contains("\"BEGIN"))
			.map((message) -> message.substring(message.indexOf("\"BEGIN") + 1, message.lastIndexOf('"')))
			.toList();
	}

	private void perform(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
	}

	private static long count(List<String> events, String event) {
		return events.stream().filter(event::equals).count();
	}

	/**
	 * What one request cost.
	 *
	 * @param connections connections borrowed from the pool
	 * @param commits transactions committed
	 * @param rollbacks transactions rolled back
	 * @param readOnly whether its transaction was read-only
	 * @param statements its SQL, in order, in lower case
	 * @param wrote whether a statement ran in a writable transaction
	 * @param roundTrips exchanges with the server the driver waited for
	 * @param begins the BEGIN commands the driver sent
	 */
	record Cost(long connections, long commits, long rollbacks, boolean readOnly, List<String> statements,
			boolean wrote, long roundTrips, List<String> begins) {

		static final Cost NOTHING = new Cost(0, 0, 0, false, List.of(), false, 0, List.of());

		/**
		 * @param statementCount how many statements the request's data needs
		 * @return whether the request ran exactly those in one read-only transaction on
		 * one connection, with no round trip but theirs and the COMMIT, the transaction
		 * read-only on the server too (BEGIN READ ONLY, in the first statement's
		 * exchange)
		 */
		boolean readOnlyTransaction(int statementCount) {
			return this.connections == 1 && this.commits == 1 && this.rollbacks == 0 && this.readOnly && !this.wrote
					&& this.statements.size() == statementCount && this.roundTrips == statementCount + 1
					&& this.begins.equals(List.of("BEGIN READ ONLY"));
		}

	}

}
