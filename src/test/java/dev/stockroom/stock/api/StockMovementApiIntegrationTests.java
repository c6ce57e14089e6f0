package dev.stockroom.stock.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.stock.StockFixtures.LedgerRow;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The movement and stock level API end to end, on the real database: each test makes a
 * product and warehouses of its own and checks the answer, the stock level and the ledger
 * rows.
 */
@IntegrationTest
class StockMovementApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	StockFixtures stock;

	long product;

	long warehouse;

	@BeforeEach
	void createProductAndWarehouse() {
		this.stock = new StockFixtures(this.mvc, this.jdbc, this.json);
		this.product = this.stock.product();
		this.warehouse = this.stock.warehouse();
	}

	@Test
	void receiptAddsStockAndAnswersTheLedgerRow() throws Exception {
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 12, null)
			.replace("}", ",\"reference\":\"PO-1\"}");

		MvcResult result = this.mvc.perform(this.stock.postMovement(body))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.movements", hasSize(1)))
			.andExpect(jsonPath("$.movements[0].type").value("RECEIPT"))
			.andExpect(jsonPath("$.movements[0].productId").value(this.product))
			.andExpect(jsonPath("$.movements[0].warehouseId").value(this.warehouse))
			.andExpect(jsonPath("$.movements[0].sequence").value(1))
			.andExpect(jsonPath("$.movements[0].quantityChange").value(12))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(12))
			.andExpect(jsonPath("$.movements[0].reference").value("PO-1"))
			.andExpect(jsonPath("$.movements[0].transferId").isEmpty())
			.andExpect(jsonPath("$.movements[0].createdBy").value(SignIn.DEFAULT_USER))
			.andExpect(jsonPath("$.movements[0].createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
			.andReturn();

		long id = this.json.readTree(result.getResponse().getContentAsString()).at("/movements/0/id").asLong();
		assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/stock/movements/" + id);
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(12);
		assertThat(this.stock.ledger(this.product, this.warehouse)).singleElement()
			.satisfies((row) -> assertThat(row.id()).isEqualTo(id));
		this.mvc.perform(get("/api/v1/stock/movements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quantityChange").value(12))
			.andExpect(jsonPath("$.reference").value("PO-1"));
	}

	@Test
	void issueTakesStockAndRecordsANegativeChange() throws Exception {
		this.stock.receive(this.product, this.warehouse, 10);

		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 4, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movements[0].type").value("ISSUE"))
			.andExpect(jsonPath("$.movements[0].quantityChange").value(-4))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(6));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(6);
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
	}

	@Test
	void rejectsIssueBeyondOnHandAndChangesNothing() throws Exception {
		this.stock.receive(this.product, this.warehouse, 3);

		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 4, null)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/insufficient-stock")))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(
					"Only 3 of product " + this.product + " on hand in warehouse " + this.warehouse + "; 4 requested"));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(3);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
	}

	@Test
	void rejectsIssueWhereNothingWasEverReceivedAndLeavesNoStockLevel() throws Exception {
		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.ISSUE, this.product, this.warehouse, null, 1, null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/insufficient-stock")));

		// The level row made on the way was rolled back with the refused movement.
		assertThat(this.stock.stockLevelRows(this.product, this.warehouse)).isZero();
		assertThat(this.stock.ledger(this.product, this.warehouse)).isEmpty();
	}

	@Test
	void transferMovesStockInTwoRowsThatShareATransferId() throws Exception {
		long target = this.stock.warehouse();
		this.stock.receive(this.product, this.warehouse, 10);

		MvcResult result = this.mvc
			.perform(this.stock.postMovement(
					this.stock.movement(MovementType.TRANSFER, this.product, this.warehouse, target, 4, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movements", hasSize(2)))
			.andExpect(jsonPath("$.movements[*].type", everyItem(is("TRANSFER"))))
			.andExpect(jsonPath("$.movements[0].warehouseId").value(this.warehouse))
			.andExpect(jsonPath("$.movements[0].quantityChange").value(-4))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(6))
			.andExpect(jsonPath("$.movements[0].counterpartWarehouseId").value(target))
			.andExpect(jsonPath("$.movements[1].warehouseId").value(target))
			.andExpect(jsonPath("$.movements[1].quantityChange").value(4))
			.andExpect(jsonPath("$.movements[1].resultingQuantity").value(4))
			.andExpect(jsonPath("$.movements[1].counterpartWarehouseId").value(this.warehouse))
			.andReturn();

		JsonNode rows = this.json.readTree(result.getResponse().getContentAsString()).get("movements");
		String transferId = rows.get(0).get("transferId").asString();
		assertThat(transferId).isNotBlank().isEqualTo(rows.get(1).get("transferId").asString());
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(6);
		assertThat(this.stock.onHand(this.product, target)).isEqualTo(4);
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE transfer_id = ?::uuid")
			.param(transferId)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(this.stock.ledger(this.product, target)).singleElement()
			.satisfies((row) -> assertThat(row.transferId()).isEqualTo(transferId));
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
		this.stock.assertLedgerConsistent(this.product, target);
	}

	@Test
	void rejectsTransferBeyondSourceOnHandAndChangesNeitherWarehouse() throws Exception {
		long stocked = this.stock.warehouse();
		long empty = this.stock.warehouse();
		this.stock.receive(this.product, this.warehouse, 5);
		this.stock.receive(this.product, stocked, 2);

		for (long target : List.of(stocked, empty)) {
			this.mvc
				.perform(this.stock.postMovement(
						this.stock.movement(MovementType.TRANSFER, this.product, this.warehouse, target, 6, null)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type", endsWith("/insufficient-stock")));
		}

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
		assertThat(this.stock.onHand(this.product, stocked)).isEqualTo(2);
		assertThat(this.stock.stockLevelRows(this.product, empty)).isZero();
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
		assertThat(this.stock.ledger(this.product, stocked)).hasSize(1);
		assertThat(this.stock.ledger(this.product, empty)).isEmpty();
	}

	@Test
	void rejectsTransferWithoutTargetOrToItself() throws Exception {
		this.stock.receive(this.product, this.warehouse, 5);
		for (Long target : new Long[] { null, this.warehouse }) {
			this.mvc
				.perform(this.stock.postMovement(
						this.stock.movement(MovementType.TRANSFER, this.product, this.warehouse, target, 1, null)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("targetWarehouseId"));
		}
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void requiresReasonForAdjustment() throws Exception {
		this.stock.receive(this.product, this.warehouse, 5);

		this.mvc
			.perform(this.stock.postMovement(
					this.stock.movement(MovementType.ADJUSTMENT, this.product, this.warehouse, null, -1, null)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("is required for an adjustment"));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void adjustmentCorrectsStockUpAndDownWithItsReason() throws Exception {
		this.stock.receive(this.product, this.warehouse, 5);

		this.mvc
			.perform(this.stock.postMovement(this.stock.movement(MovementType.ADJUSTMENT, this.product, this.warehouse,
					null, -2, " Damaged in handling ")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movements[0].type").value("ADJUSTMENT"))
			.andExpect(jsonPath("$.movements[0].quantityChange").value(-2))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(3))
			.andExpect(jsonPath("$.movements[0].reason").value("Damaged in handling"));
		this.stock.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, 7, "Found");

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(10);
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
	}

	@Test
	void rejectsNegativeAdjustmentBeyondOnHand() throws Exception {
		this.stock.receive(this.product, this.warehouse, 2);

		this.mvc
			.perform(this.stock.postMovement(
					this.stock.movement(MovementType.ADJUSTMENT, this.product, this.warehouse, null, -3, "Lost")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/insufficient-stock")));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(2);
	}

	@Test
	void countSetsOnHandAndRecordsTheDifference() throws Exception {
		this.stock.receive(this.product, this.warehouse, 10);

		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.COUNT, this.product, this.warehouse, null, 7, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movements[0].type").value("COUNT"))
			.andExpect(jsonPath("$.movements[0].quantityChange").value(-3))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(7));
		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.COUNT, this.product, this.warehouse, null, 7, null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.movements[0].quantityChange").value(0))
			.andExpect(jsonPath("$.movements[0].resultingQuantity").value(7));

		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(7);
		assertThat(this.stock.ledger(this.product, this.warehouse)).extracting(LedgerRow::quantityChange)
			.containsExactly(10, -3, 0);
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
	}

	@Test
	void rejectsUnknownProductOrWarehouseInTheBodyWith422() throws Exception {
		long unknown = Long.MAX_VALUE - 1;
		String[][] cases = {
				{ this.stock.movement(MovementType.RECEIPT, unknown, this.warehouse, null, 1, null), "productId" },
				{ this.stock.movement(MovementType.RECEIPT, this.product, unknown, null, 1, null), "warehouseId" },
				{ this.stock.movement(MovementType.TRANSFER, this.product, this.warehouse, unknown, 1, null),
						"targetWarehouseId" } };
		this.stock.receive(this.product, this.warehouse, 1);
		for (String[] c : cases) {
			this.mvc.perform(this.stock.postMovement(c[0]))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type", endsWith("/unknown-reference")))
				.andExpect(jsonPath("$.errors[0].field").value(c[1]));
		}
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(1);
		assertThat(this.stock.ledger(this.product, this.warehouse)).hasSize(1);
	}

	@Test
	void rejectsMovementsInAndOutOfAnInactiveWarehouse() throws Exception {
		long inactive = this.stock.warehouse(false);
		this.stock.receive(this.product, this.warehouse, 5);

		this.mvc
			.perform(this.stock
				.postMovement(this.stock.movement(MovementType.RECEIPT, this.product, inactive, null, 1, null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/warehouse-inactive")));
		this.mvc
			.perform(this.stock.postMovement(
					this.stock.movement(MovementType.TRANSFER, this.product, this.warehouse, inactive, 1, null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type", endsWith("/warehouse-inactive")));

		assertThat(this.stock.stockLevelRows(this.product, inactive)).isZero();
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
	}

	@Test
	void rejectsUnknownPropertiesAndMalformedBodies() throws Exception {
		String unknownProperty = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 1, null)
			.replace("}", ",\"onHand\":99}");
		this.mvc.perform(this.stock.postMovement(unknownProperty))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Unknown property 'onHand'"));
		this.mvc.perform(this.stock.postMovement("{\"type\":\"STEAL\"}")).andExpect(status().isBadRequest());
		this.mvc.perform(this.stock.postMovement("{")).andExpect(status().isBadRequest());

		assertThat(this.stock.stockLevelRows(this.product, this.warehouse)).isZero();
	}

	@Test
	void theLedgerCannotBeChangedOrDeletedThroughTheApi() throws Exception {
		JsonNode rows = this.stock.receive(this.product, this.warehouse, 5);
		long id = rows.get(0).get("id").asLong();
		String body = this.stock.movement(MovementType.RECEIPT, this.product, this.warehouse, null, 50, null);

		for (String path : List.of("/api/v1/stock/movements", "/api/v1/stock/movements/" + id)) {
			this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc.perform(patch(path).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isMethodNotAllowed());
			this.mvc.perform(delete(path)).andExpect(status().isMethodNotAllowed());
		}

		assertThat(this.stock.ledger(this.product, this.warehouse)).singleElement()
			.satisfies((row) -> assertThat(row.quantityChange()).isEqualTo(5));
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(5);
	}

	@Test
	void unknownMovementIdIsA404() throws Exception {
		this.mvc.perform(get("/api/v1/stock/movements/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type", endsWith("/not-found")));
	}

	@Test
	void onHandEqualsTheLedgerSumAndEveryRowContinuesTheChain() throws Exception {
		long other = this.stock.warehouse();
		this.stock.receive(this.product, this.warehouse, 30);
		this.stock.move(MovementType.ISSUE, this.product, this.warehouse, null, 7, null);
		this.stock.move(MovementType.TRANSFER, this.product, this.warehouse, other, 5, null);
		this.stock.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, -2, "Broken");
		this.stock.move(MovementType.COUNT, this.product, this.warehouse, null, 20, "Cycle count");
		this.stock.move(MovementType.TRANSFER, this.product, other, this.warehouse, 3, null);
		this.stock.move(MovementType.ADJUSTMENT, this.product, this.warehouse, null, 4, "Found");
		this.stock.move(MovementType.ISSUE, this.product, this.warehouse, null, 24, null);

		assertThat(this.stock.ledger(this.product, this.warehouse)).extracting(LedgerRow::resultingQuantity)
			.containsExactly(30, 23, 18, 16, 20, 23, 27, 3);
		assertThat(this.stock.onHand(this.product, this.warehouse)).isEqualTo(3);
		assertThat(this.stock.onHand(this.product, other)).isEqualTo(2);
		this.stock.assertLedgerConsistent(this.product, this.warehouse);
		this.stock.assertLedgerConsistent(this.product, other);
	}

	@Test
	void filtersMovementsByTypeProductAndWarehouse() throws Exception {
		long otherProduct = this.stock.product();
		long otherWarehouse = this.stock.warehouse();
		this.stock.receive(this.product, this.warehouse, 10);
		this.stock.move(MovementType.ISSUE, this.product, this.warehouse, null, 1, null);
		this.stock.move(MovementType.ISSUE, this.product, this.warehouse, null, 2, null);
		this.stock.receive(this.product, otherWarehouse, 5);
		this.stock.receive(otherProduct, this.warehouse, 5);

		this.mvc.perform(get("/api/v1/stock/movements").param("product", "" + this.product).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(4)))
			.andExpect(jsonPath("$.content[*].productId", everyItem(is((int) this.product))))
			.andExpect(jsonPath("$.page.totalElements").value(4));
		this.mvc
			.perform(get("/api/v1/stock/movements").param("product", "" + this.product)
				.param("warehouse", "" + this.warehouse)
				.param("type", "ISSUE")
				.param("sort", "createdAt,asc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[0].quantityChange").value(-1))
			.andExpect(jsonPath("$.content[1].quantityChange").value(-2))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc
			.perform(get("/api/v1/stock/movements").param("product", "" + this.product)
				.param("warehouse", "" + this.warehouse)
				.param("sort", "sequence,desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].sequence", contains(3, 2, 1)))
			.andExpect(jsonPath("$.content[*].quantityChange", contains(-2, -1, 10)));
		this.mvc.perform(get("/api/v1/stock/movements").param("warehouse", "" + otherWarehouse))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].productId").value(this.product))
			.andExpect(jsonPath("$.content[0].quantityChange").value(5));
		this.mvc.perform(get("/api/v1/stock/movements").param("type", "SHRINKAGE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		this.mvc.perform(get("/api/v1/stock/movements").param("sort", "reason,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void filtersMovementsByTimeAsInstantsOrWholeDays() throws Exception {
		JsonNode rows = this.stock.receive(this.product, this.warehouse, 10);
		Instant createdAt = Instant.parse(rows.get(0).get("createdAt").asString());
		LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);

		assertThat(movementsBetween(createdAt.toString(), createdAt.plusNanos(1000).toString())).isEqualTo(1);
		assertThat(movementsBetween(createdAt.toString(), null)).isEqualTo(1);
		assertThat(movementsBetween(null, createdAt.toString())).as("to is exclusive for an instant").isZero();
		assertThat(movementsBetween(createdAt.plusNanos(1000).toString(), null)).isZero();
		assertThat(movementsBetween(day.toString(), day.toString())).as("a date covers the whole day").isEqualTo(1);
		assertThat(movementsBetween(day.plusDays(1).toString(), null)).isZero();
		assertThat(movementsBetween(null, day.minusDays(1).toString())).isZero();
		assertThat(movementsBetween(createdAt.atOffset(ZoneOffset.ofHours(2)).toString(), null))
			.as("an instant with another offset")
			.isEqualTo(1);

		for (String bad : List.of("yesterday", "2026-13-01", "2026-11-24T08:00:00")) {
			this.mvc.perform(get("/api/v1/stock/movements").param("from", bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("from"));
		}
		this.mvc.perform(get("/api/v1/stock/movements").param("to", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void listsStockLevelsByProductWarehouseAndLowStock() throws Exception {
		long product = this.stock.product(5);
		long other = this.stock.warehouse();
		this.stock.receive(product, this.warehouse, 5);
		this.stock.receive(product, other, 6);

		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("sort", "onHand,asc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(2)))
			.andExpect(jsonPath("$.content[0].warehouseId").value(this.warehouse))
			.andExpect(jsonPath("$.content[0].onHand").value(5))
			.andExpect(jsonPath("$.content[0].reorderPoint").value(5))
			.andExpect(jsonPath("$.content[0].lowStock").value(true))
			.andExpect(jsonPath("$.content[1].warehouseId").value(other))
			.andExpect(jsonPath("$.content[1].onHand").value(6))
			.andExpect(jsonPath("$.content[1].lowStock").value(false));
		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("lowStock", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].warehouseId").value(this.warehouse));
		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("lowStock", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].warehouseId").value(other));
		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("warehouse", "" + other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].productId").value(product))
			.andExpect(jsonPath("$.content[0].onHand").value(6));
		this.mvc.perform(get("/api/v1/stock/levels").param("lowStock", "true").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].lowStock", everyItem(is(true))));
	}

	@Test
	void changingAProductsReorderPointUpdatesItsStockLevels() throws Exception {
		long product = this.stock.product(2);
		long other = this.stock.warehouse();
		this.stock.receive(product, this.warehouse, 5);
		this.stock.receive(product, other, 20);
		MvcResult read = this.mvc.perform(get("/api/v1/products/{id}", product)).andReturn();
		JsonNode current = this.json.readTree(read.getResponse().getContentAsString());

		String update = this.json.writeValueAsString(Map.of("sku", current.get("sku").asString(), "name",
				current.get("name").asString(), "reorderPoint", 10, "version", current.get("version").asLong()));
		this.mvc.perform(put("/api/v1/products/{id}", product).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reorderPoint").value(10));

		assertThat(this.jdbc.sql("SELECT reorder_point FROM stock_levels WHERE product_id = ? ORDER BY warehouse_id")
			.param(product)
			.query(Integer.class)
			.list()).containsExactly(10, 10);
		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("lowStock", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.content[0].warehouseId").value(this.warehouse))
			.andExpect(jsonPath("$.content[0].reorderPoint").value(10))
			.andExpect(jsonPath("$.content[0].lowStock").value(true));
		// A level made after the change starts with the new reorder point.
		long third = this.stock.warehouse();
		this.stock.receive(product, third, 1);
		this.mvc.perform(get("/api/v1/stock/levels").param("product", "" + product).param("warehouse", "" + third))
			.andExpect(jsonPath("$.content[0].reorderPoint").value(10))
			.andExpect(jsonPath("$.content[0].lowStock").value(true));
	}

	private int movementsBetween(String from, String to) throws Exception {
		var request = get("/api/v1/stock/movements").param("product", "" + this.product);
		if (from != null) {
			request.param("from", from);
		}
		if (to != null) {
			request.param("to", to);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString()).at("/page/totalElements").asInt();
	}

}
