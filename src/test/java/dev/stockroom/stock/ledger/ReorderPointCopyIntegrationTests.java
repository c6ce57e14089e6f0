package dev.stockroom.stock.ledger;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stock level copies its product's reorder point when it is made. A product update that
 * races with that first movement must not leave the copy stale: the movement holds a
 * share lock on the product, so the update waits for it and then corrects the copy it can
 * now see.
 */
@IntegrationTest
class ReorderPointCopyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	StockLedger ledger;

	@Autowired
	ProductService products;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void productUpdateWaitsForAFirstMovementAndThenCorrectsItsCopy() throws Exception {
		StockFixtures stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		long productId = stock.product(5);
		long warehouseId = stock.warehouse();
		CountDownLatch recorded = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		CompletableFuture<Void> movement = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> {
				this.ledger
					.record(new MovementRequest(MovementType.RECEIPT, productId, warehouseId, null, 3, null, null));
				recorded.countDown();
				await(release);
			}));
		assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Void> update = CompletableFuture.runAsync(() -> {
			ProductResponse current = this.products.get(productId);
			this.products.update(productId, new ProductRequest(current.sku(), current.name(), null, null, null, null, 9,
					18, null, null, null, null, current.version()));
		});
		Thread.sleep(500);
		assertThat(update).as("the update waits for the movement's transaction").isNotDone();

		release.countDown();
		movement.get(10, TimeUnit.SECONDS);
		update.get(10, TimeUnit.SECONDS);

		assertThat(this.jdbc.sql("SELECT reorder_point FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(productId, warehouseId)
			.query(Integer.class)
			.single()).isEqualTo(9);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
