package dev.stockroom.stock.ledger;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.identity.UserContact;
import dev.stockroom.identity.UserService;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly ledger audit tells every active superuser when the ledger and the stock
 * levels disagree, in a notification that says what is wrong, and tells nobody when they
 * agree. The damage is made inside a transaction that is rolled back (the audit's
 * notifications with it), so the shared database stays clean.
 */
@IntegrationTest
class NightlyLedgerAuditIntegrationTests {

	@Autowired
	NightlyLedgerAudit audit;

	@Autowired
	UserService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Test
	void driftIsToldToEverySuperuser() {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		long product = stock.product();
		long warehouse = stock.warehouse();
		stock.receive(product, warehouse, 10);
		List<Long> superusers = this.users.activeSuperusers().stream().map(UserContact::id).toList();
		assertThat(superusers).as("the demo superuser at least").isNotEmpty();

		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql("UPDATE stock_levels SET on_hand = on_hand + 5 WHERE product_id = ? AND warehouse_id = ?")
				.params(product, warehouse)
				.update();
			long before = driftNotifications(superusers);

			assertThat(this.audit.run()).isEqualTo(1);
			// The notifications wait in the persistence context until a flush; the
			// counts below are SQL.
			this.entityManager.flush();

			assertThat(driftNotifications(superusers)).isEqualTo(before + superusers.size());
			assertThat(this.jdbc.sql("""
					SELECT title || ' ' || body FROM notifications
					 WHERE user_id = ? AND kind = 'LEDGER_DRIFT' ORDER BY created_at DESC, id DESC LIMIT 1
					""").param(superusers.get(0)).query(String.class).single())
				.contains("The ledger audit found 1 problem(s)")
				.contains("product " + product + " in warehouse " + warehouse + ": on-hand 15");
		});
	}

	@Test
	void aSoundLedgerTellsNobody() {
		List<Long> superusers = this.users.activeSuperusers().stream().map(UserContact::id).toList();
		long before = driftNotifications(superusers);

		assertThat(this.audit.run()).isZero();

		assertThat(driftNotifications(superusers)).isEqualTo(before);
	}

	private long driftNotifications(List<Long> users) {
		return this.jdbc.sql("SELECT count(*) FROM notifications WHERE kind = 'LEDGER_DRIFT' AND user_id IN (:users)")
			.param("users", users)
			.query(Long.class)
			.single();
	}

}
