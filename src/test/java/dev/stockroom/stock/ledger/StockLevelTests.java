package dev.stockroom.stock.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.WarehouseRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules {@link StockLevel} guards on its own, without Spring or a database: never
 * below zero, every change returns the next ledger row of an unbroken chain, and
 * movements take only the stock that orders have not reserved.
 */
class StockLevelTests {

	private static final long PRODUCT_ID = 42L;

	private static final long WAREHOUSE_ID = 7L;

	private static final MovementDetails DETAILS = new MovementDetails("why", "REF-1", "tester",
			Instant.parse("2026-11-24T08:00:00Z"));

	private final StockLevel level = newLevel(WAREHOUSE_ID);

	@Test
	void receiveAddsToOnHandAndReturnsTheFirstLedgerRow() {
		StockMovement row = this.level.receive(10, DETAILS);

		assertThat(this.level.getOnHand()).isEqualTo(10);
		assertThat(row.getType()).isEqualTo(MovementType.RECEIPT);
		assertThat(row.getSequenceNo()).isEqualTo(1);
		assertThat(row.getQuantityChange()).isEqualTo(10);
		assertThat(row.getResultingQuantity()).isEqualTo(10);
		assertThat(row.getProductId()).isEqualTo(PRODUCT_ID);
		assertThat(row.getWarehouseId()).isEqualTo(WAREHOUSE_ID);
		assertThat(row.getReason()).isEqualTo("why");
		assertThat(row.getReference()).isEqualTo("REF-1");
		assertThat(row.getCreatedBy()).isEqualTo("tester");
		assertThat(row.getCreatedAt()).isEqualTo(DETAILS.createdAt());
		assertThat(row.getTransferId()).isNull();
		assertThat(row.getCounterpartWarehouseId()).isNull();
	}

	@Test
	void numbersRowsOneTwoThreeAndChainsTheirResultingQuantities() {
		List<StockMovement> rows = new ArrayList<>();
		rows.add(this.level.receive(10, DETAILS));
		rows.add(this.level.issue(4, DETAILS));
		rows.add(this.level.adjust(-1, DETAILS));
		rows.add(this.level.count(9, DETAILS));
		rows.add(this.level.transferOut(2, DETAILS, UUID.randomUUID(), 8L));

		int previous = 0;
		for (int i = 0; i < rows.size(); i++) {
			StockMovement row = rows.get(i);
			assertThat(row.getSequenceNo()).as("sequence of row %d", i).isEqualTo(i + 1);
			assertThat(row.getResultingQuantity()).as("resulting quantity of row %d", i)
				.isEqualTo(previous + row.getQuantityChange());
			previous = row.getResultingQuantity();
		}
		assertThat(rows).extracting(StockMovement::getQuantityChange).containsExactly(10, -4, -1, 4, -2);
		assertThat(this.level.getOnHand()).isEqualTo(7).isEqualTo(previous);
	}

	@Test
	void issueTakesFromOnHandAndRecordsANegativeChange() {
		this.level.receive(10, DETAILS);

		StockMovement row = this.level.issue(10, DETAILS);

		assertThat(row.getType()).isEqualTo(MovementType.ISSUE);
		assertThat(row.getQuantityChange()).isEqualTo(-10);
		assertThat(row.getResultingQuantity()).isZero();
		assertThat(this.level.getOnHand()).isZero();
	}

	@Test
	void rejectsIssueBeyondOnHandAndChangesNothing() {
		this.level.receive(5, DETAILS);

		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.issue(6, DETAILS))
			.satisfies((ex) -> assertThat(ex.getProblemType()).isEqualTo("insufficient-stock"))
			.withMessageContaining("Only 5")
			.withMessageContaining("6 requested");
		assertThat(this.level.getOnHand()).isEqualTo(5);
		// The next row still gets number 2: the refused issue took no sequence number.
		assertThat(this.level.receive(1, DETAILS).getSequenceNo()).isEqualTo(2);
	}

	@Test
	void rejectsIssueFromAnEmptyLevel() {
		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.issue(1, DETAILS));
		assertThat(this.level.getOnHand()).isZero();
		assertThat(movementCount(this.level)).isZero();
	}

	@Test
	void adjustsUpAndDownWithinOnHand() {
		this.level.receive(5, DETAILS);

		StockMovement up = this.level.adjust(3, DETAILS);
		StockMovement down = this.level.adjust(-8, DETAILS);

		assertThat(up.getType()).isEqualTo(MovementType.ADJUSTMENT);
		assertThat(up.getResultingQuantity()).isEqualTo(8);
		assertThat(down.getQuantityChange()).isEqualTo(-8);
		assertThat(down.getResultingQuantity()).isZero();
		assertThat(this.level.getOnHand()).isZero();
	}

	@Test
	void rejectsNegativeAdjustmentBeyondOnHand() {
		this.level.receive(5, DETAILS);

		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.adjust(-6, DETAILS));
		assertThat(this.level.getOnHand()).isEqualTo(5);
		assertThat(movementCount(this.level)).isEqualTo(1);
	}

	@Test
	void countSetsOnHandAndRecordsTheDifference() {
		this.level.receive(10, DETAILS);

		StockMovement lower = this.level.count(7, DETAILS);
		StockMovement higher = this.level.count(12, DETAILS);

		assertThat(lower.getType()).isEqualTo(MovementType.COUNT);
		assertThat(lower.getQuantityChange()).isEqualTo(-3);
		assertThat(lower.getResultingQuantity()).isEqualTo(7);
		assertThat(higher.getQuantityChange()).isEqualTo(5);
		assertThat(higher.getResultingQuantity()).isEqualTo(12);
		assertThat(this.level.getOnHand()).isEqualTo(12);
	}

	@Test
	void countThatConfirmsTheBooksRecordsAZeroChange() {
		this.level.receive(10, DETAILS);

		StockMovement row = this.level.count(10, DETAILS);

		assertThat(row.getQuantityChange()).isZero();
		assertThat(row.getResultingQuantity()).isEqualTo(10);
		assertThat(row.getSequenceNo()).isEqualTo(2);
		assertThat(this.level.getOnHand()).isEqualTo(10);
	}

	@Test
	void countOfZeroEmptiesTheLevel() {
		this.level.receive(4, DETAILS);

		StockMovement row = this.level.count(0, DETAILS);

		assertThat(row.getQuantityChange()).isEqualTo(-4);
		assertThat(this.level.getOnHand()).isZero();
	}

	@Test
	void transferOutAndInMakeTwoRowsThatShareTheTransferId() {
		StockLevel target = newLevel(8L);
		this.level.receive(10, DETAILS);
		UUID transferId = UUID.randomUUID();

		StockMovement out = this.level.transferOut(4, DETAILS, transferId, 8L);
		StockMovement in = target.transferIn(4, DETAILS, transferId, WAREHOUSE_ID);

		assertThat(out.getType()).isEqualTo(MovementType.TRANSFER);
		assertThat(in.getType()).isEqualTo(MovementType.TRANSFER);
		assertThat(out.getTransferId()).isEqualTo(transferId).isEqualTo(in.getTransferId());
		assertThat(out.getQuantityChange()).isEqualTo(-4);
		assertThat(out.getCounterpartWarehouseId()).isEqualTo(8L);
		assertThat(out.getResultingQuantity()).isEqualTo(6);
		assertThat(in.getQuantityChange()).isEqualTo(4);
		assertThat(in.getCounterpartWarehouseId()).isEqualTo(WAREHOUSE_ID);
		assertThat(in.getWarehouseId()).isEqualTo(8L);
		assertThat(in.getSequenceNo()).isEqualTo(1);
		assertThat(in.getResultingQuantity()).isEqualTo(4);
		assertThat(this.level.getOnHand() + target.getOnHand()).isEqualTo(10);
	}

	@Test
	void rejectsTransferOutBeyondOnHand() {
		this.level.receive(3, DETAILS);

		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.level.transferOut(4, DETAILS, UUID.randomUUID(), 8L));
		assertThat(this.level.getOnHand()).isEqualTo(3);
		assertThat(movementCount(this.level)).isEqualTo(1);
	}

	@Test
	void lowWhenOnHandIsAtOrBelowTheReorderPointWithNothingReserved() {
		this.level.changeReorderPoint(5);
		this.level.receive(5, DETAILS);
		assertThat(this.level.isLow()).isTrue();

		this.level.receive(1, DETAILS);
		assertThat(this.level.isLow()).isFalse();
		assertThat(this.level.getReorderPoint()).isEqualTo(5);
	}

	@Test
	void lowWhenAvailableIsAtOrBelowTheReorderPoint() {
		this.level.changeReorderPoint(5);
		this.level.receive(10, DETAILS);
		assertThat(this.level.isLow()).isFalse();

		this.level.reserve(5);

		assertThat(this.level.getAvailable()).isEqualTo(5);
		assertThat(this.level.isLow()).isTrue();
	}

	@Test
	void reservePromisesAvailableStockWithoutALedgerRow() {
		this.level.receive(40, DETAILS);

		this.level.reserve(37);

		assertThat(this.level.getOnHand()).isEqualTo(40);
		assertThat(this.level.getReserved()).isEqualTo(37);
		assertThat(this.level.getAvailable()).isEqualTo(3);
		assertThat(this.level.hasShortage()).isFalse();
		assertThat(movementCount(this.level)).isEqualTo(1);
	}

	@Test
	void rejectsReservingBeyondAvailable() {
		this.level.receive(40, DETAILS);
		this.level.reserve(37);

		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.reserve(4))
			.withMessageStartingWith("Only 3 available; 37 reserved")
			.withMessageContaining("product " + PRODUCT_ID)
			.satisfies((ex) -> assertThat(ex.fieldMessage()).isEqualTo("only 3 available; 37 reserved"));
		assertThat(this.level.getReserved()).isEqualTo(37);
	}

	@Test
	void rejectsAReservationOfNothing() {
		this.level.receive(4, DETAILS);

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.level.reserve(0));
		assertThat(this.level.getReserved()).isZero();
	}

	@Test
	void issueTransferAndNegativeAdjustmentTakeOnlyAvailableStock() {
		this.level.receive(40, DETAILS);
		this.level.reserve(37);

		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.issue(4, DETAILS))
			.withMessageStartingWith("Only 3 available; 37 reserved");
		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.level.transferOut(4, DETAILS, UUID.randomUUID(), 8L));
		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.adjust(-4, DETAILS));
		assertThat(this.level.getOnHand()).isEqualTo(40);
		assertThat(movementCount(this.level)).isEqualTo(1);

		this.level.issue(3, DETAILS);
		assertThat(this.level.getAvailable()).isZero();
		assertThat(this.level.getReserved()).isEqualTo(37);
	}

	@Test
	void aCountBelowWhatIsReservedLeavesAShortageAndKeepsTheReservations() {
		this.level.receive(40, DETAILS);
		this.level.reserve(40);

		StockMovement row = this.level.count(10, DETAILS);

		assertThat(row.getResultingQuantity()).isEqualTo(10);
		assertThat(this.level.getOnHand()).isEqualTo(10);
		assertThat(this.level.getReserved()).isEqualTo(40);
		assertThat(this.level.getAvailable()).isEqualTo(-30);
		assertThat(this.level.hasShortage()).isTrue();
	}

	@Test
	void aPositiveAdjustmentMayStillLeaveAShortage() {
		this.level.receive(10, DETAILS);
		this.level.reserve(10);
		this.level.count(2, DETAILS);

		this.level.adjust(3, DETAILS);

		assertThat(this.level.getAvailable()).isEqualTo(-5);
		assertThat(this.level.hasShortage()).isTrue();
		assertThatExceptionOfType(InsufficientStockException.class).isThrownBy(() -> this.level.adjust(-1, DETAILS));
	}

	@Test
	void releaseGivesReservedStockBack() {
		this.level.receive(10, DETAILS);
		this.level.reserve(6);

		this.level.release(4);

		assertThat(this.level.getReserved()).isEqualTo(2);
		assertThat(this.level.getAvailable()).isEqualTo(8);
		assertThat(movementCount(this.level)).isEqualTo(1);
	}

	@Test
	void refusesToReleaseMoreThanIsReserved() {
		this.level.receive(10, DETAILS);
		this.level.reserve(2);

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.level.release(3));
		assertThat(this.level.getReserved()).isEqualTo(2);
	}

	@Test
	void issueReservedLowersOnHandAndReservedTogether() {
		this.level.receive(40, DETAILS);
		this.level.reserve(30);

		StockMovement row = this.level.issueReserved(25, DETAILS);

		assertThat(row.getType()).isEqualTo(MovementType.ISSUE);
		assertThat(row.getQuantityChange()).isEqualTo(-25);
		assertThat(row.getResultingQuantity()).isEqualTo(15);
		assertThat(row.getReference()).isEqualTo("REF-1");
		assertThat(this.level.getReserved()).isEqualTo(5);
		assertThat(this.level.getAvailable()).isEqualTo(10);
	}

	@Test
	void refusesToShipReservedStockThatIsNotOnHand() {
		this.level.receive(40, DETAILS);
		this.level.reserve(40);
		this.level.count(10, DETAILS);

		assertThatExceptionOfType(InsufficientStockException.class)
			.isThrownBy(() -> this.level.issueReserved(11, DETAILS))
			.withMessageStartingWith("Only 10 on hand to ship; 40 reserved");
		assertThat(this.level.getOnHand()).isEqualTo(10);
		assertThat(this.level.getReserved()).isEqualTo(40);
		assertThat(movementCount(this.level)).isEqualTo(2);

		this.level.issueReserved(10, DETAILS);
		assertThat(this.level.getOnHand()).isZero();
		assertThat(this.level.getReserved()).isEqualTo(30);
	}

	@Test
	void refusesToShipMoreThanIsReserved() {
		this.level.receive(10, DETAILS);
		this.level.reserve(2);

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.level.issueReserved(3, DETAILS));
		assertThat(this.level.getOnHand()).isEqualTo(10);
	}

	private static StockLevel newLevel(long warehouseId) {
		Warehouse warehouse = new Warehouse(new WarehouseRequest("W" + warehouseId, "Warehouse", null, true, null));
		ReflectionTestUtils.setField(warehouse, "id", warehouseId);
		StockLevel level = new StockLevel();
		ReflectionTestUtils.setField(level, "productId", PRODUCT_ID);
		ReflectionTestUtils.setField(level, "warehouse", warehouse);
		return level;
	}

	private static long movementCount(StockLevel level) {
		return (long) ReflectionTestUtils.getField(level, "movementCount");
	}

}
