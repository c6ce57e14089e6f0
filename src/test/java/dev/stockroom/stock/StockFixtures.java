package dev.stockroom.stock;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the stock tests do over and over: make a product and a warehouse of their own
 * through the API (the database is shared, so every code and SKU is unique), post
 * movements, and read back what the database holds.
 */
public final class StockFixtures {

	private static final AtomicInteger counter = new AtomicInteger();

	// Keeps codes apart from those of another JVM that ran against the same database.
	private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public StockFixtures(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
	}

	public static String unique(String prefix) {
		return prefix + "-" + RUN + "-" + counter.incrementAndGet();
	}

	public long warehouse() {
		return warehouse(true);
	}

	public long warehouse(boolean active) {
		String code = unique("W");
		return id(postJson("/api/v1/warehouses", Map.of("code", code, "name", "Warehouse " + code, "active", active)));
	}

	public long product() {
		return product(0);
	}

	public long product(int reorderPoint) {
		String sku = unique("SKU");
		return id(postJson("/api/v1/products",
				Map.of("sku", sku, "name", "Product " + sku, "reorderPoint", reorderPoint)));
	}

	public long product(int reorderPoint, String cost) {
		String sku = unique("SKU");
		return id(postJson("/api/v1/products", Map.of("sku", sku, "name", "Product " + sku, "reorderPoint",
				reorderPoint, "cost", new BigDecimal(cost))));
	}

	/** The JSON body of a movement request; {@code null} fields are left out. */
	public String movement(MovementType type, long productId, long warehouseId, Long target, int quantity,
			String reason) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("productId", productId);
		body.put("warehouseId", warehouseId);
		if (target != null) {
			body.put("targetWarehouseId", target);
		}
		body.put("quantity", quantity);
		if (reason != null) {
			body.put("reason", reason);
		}
		return this.json.writeValueAsString(body);
	}

	public MockHttpServletRequestBuilder postMovement(String body) {
		return post("/api/v1/stock/movements").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** Posts a movement that must succeed, and answers its rows. */
	public JsonNode move(MovementType type, long productId, long warehouseId, Long target, int quantity,
			String reason) {
		try {
			MvcResult result = this.mvc
				.perform(postMovement(movement(type, productId, warehouseId, target, quantity, reason)))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			return this.json.readTree(result.getResponse().getContentAsString()).get("movements");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode receive(long productId, long warehouseId, int quantity) {
		return move(MovementType.RECEIPT, productId, warehouseId, null, quantity, null);
	}

	public JsonNode issue(long productId, long warehouseId, int quantity) {
		return move(MovementType.ISSUE, productId, warehouseId, null, quantity, null);
	}

	/** On-hand as stored, or {@code null} when there is no stock level row. */
	public Integer onHand(long productId, long warehouseId) {
		return this.jdbc.sql("SELECT on_hand FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(productId, warehouseId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	public long ledgerSum(long productId, long warehouseId) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(quantity_change), 0) FROM stock_movements "
					+ "WHERE product_id = ? AND warehouse_id = ?")
			.params(productId, warehouseId)
			.query(Long.class)
			.single();
	}

	public int stockLevelRows(long productId, long warehouseId) {
		return this.jdbc.sql("SELECT count(*) FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
			.params(productId, warehouseId)
			.query(Integer.class)
			.single();
	}

	public List<LedgerRow> ledger(long productId, long warehouseId) {
		return this.jdbc.sql("""
				SELECT id, type, sequence_no, quantity_change, resulting_quantity, transfer_id::text AS transfer_id,
				       counterpart_warehouse_id
				  FROM stock_movements WHERE product_id = ? AND warehouse_id = ? ORDER BY sequence_no
				""").params(productId, warehouseId).query(LedgerRow.class).list();
	}

	/**
	 * Asserts the ledger of one product and warehouse is whole: rows numbered 1, 2, 3...
	 * without gaps, each resulting quantity the previous one plus the change, and the
	 * stock level equal to the last resulting quantity and to the sum of the changes.
	 */
	public void assertLedgerConsistent(long productId, long warehouseId) {
		List<LedgerRow> rows = ledger(productId, warehouseId);
		int previous = 0;
		for (int i = 0; i < rows.size(); i++) {
			LedgerRow row = rows.get(i);
			assertThat(row.sequenceNo()).as("sequence_no of row %d", i).isEqualTo(i + 1);
			assertThat(row.resultingQuantity()).as("resulting_quantity of row %d", row.sequenceNo())
				.isEqualTo(previous + row.quantityChange());
			previous = row.resultingQuantity();
		}
		Integer onHand = onHand(productId, warehouseId);
		assertThat((onHand != null) ? onHand : 0).as("on-hand").isEqualTo(previous);
		assertThat(ledgerSum(productId, warehouseId)).as("ledger sum").isEqualTo(previous);
		if (onHand != null) {
			long movementCount = this.jdbc
				.sql("SELECT movement_count FROM stock_levels WHERE product_id = ? AND warehouse_id = ?")
				.params(productId, warehouseId)
				.query(Long.class)
				.single();
			assertThat(movementCount).as("movement_count").isEqualTo(rows.size());
		}
	}

	private JsonNode postJson(String path, Map<String, Object> body) {
		try {
			MvcResult result = this.mvc
				.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body)))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			return this.json.readTree(result.getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long id(JsonNode node) {
		return node.get("id").asLong();
	}

	public record LedgerRow(long id, String type, long sequenceNo, int quantityChange, int resultingQuantity,
			String transferId, Long counterpartWarehouseId) {
	}

}
