package dev.stockroom.sales.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.sales.SalesOrderStatus;
import dev.stockroom.support.EntityIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sales order's state machine and its lines' reserved and shipped, without Spring.
 */
class SalesOrderTests {

	private static final Instant NOW = Instant.parse("2026-12-03T13:00:00Z");

	@Test
	void confirmingReservesEveryLineInFull() {
		SalesOrder order = draft(10, 5);

		List<SalesOrderLine> reserved = order.confirm(NOW);

		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.CONFIRMED);
		assertThat(order.getConfirmedAt()).isEqualTo(NOW);
		assertThat(reserved).extracting(SalesOrderLine::getReserved).containsExactly(10, 5);
		assertThat(order.total()).isEqualByComparingTo("37.50");
	}

	@Test
	void refusesToConfirmAnOrderWithoutLinesOrTwice() {
		SalesOrder empty = new SalesOrder("SO-1", "manager");
		empty.describe("Harbour Joinery", null, null, 2);
		assertThatThrownBy(() -> empty.confirm(NOW)).isInstanceOf(SalesOrderStateException.class);
		assertThat(empty.getStatus()).isEqualTo(SalesOrderStatus.DRAFT);

		SalesOrder order = draft(3);
		order.confirm(NOW);
		assertThatThrownBy(() -> order.confirm(NOW)).isInstanceOf(SalesOrderStateException.class);
		assertThat(order.getLines().get(0).getReserved()).isEqualTo(3);
	}

	@Test
	void onlyADraftIsEditedOrDeleted() {
		SalesOrder order = draft(10);
		order.confirm(NOW);

		assertThatThrownBy(() -> order.describe("Someone else", null, null, 2))
			.isInstanceOf(SalesOrderStateException.class);
		assertThatThrownBy(() -> order.replaceLines(List.of())).isInstanceOf(SalesOrderStateException.class);
		assertThatThrownBy(order::checkDeletable).isInstanceOf(SalesOrderStateException.class);
		assertThat(order.getLines()).hasSize(1);
	}

	@Test
	void shipsInPartsFromWhatIsReservedUntilNothingIsLeft() {
		SalesOrder order = draft(10);
		order.confirm(NOW);
		long line = lineId(order, 0);

		order.ship(Map.of(line, 4), NOW);
		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.PARTIALLY_SHIPPED);
		assertThat(order.getLines().get(0).getReserved()).isEqualTo(6);
		assertThat(order.getLines().get(0).getShipped()).isEqualTo(4);

		order.ship(Map.of(line, 6), NOW);
		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.SHIPPED);
		assertThat(order.getClosedAt()).isEqualTo(NOW);
		assertThat(order.getLines().get(0).getReserved()).isZero();
		assertThat(order.getLines().get(0).getShipped()).isEqualTo(10);
	}

	@Test
	void aShipmentBeyondALinesReservationChangesNothing() {
		SalesOrder order = draft(10, 5);
		order.confirm(NOW);

		assertThatThrownBy(() -> order.ship(Map.of(lineId(order, 0), 2, lineId(order, 1), 6), NOW))
			.isInstanceOf(ShipmentExceedsReservedException.class);
		assertThatThrownBy(() -> order.ship(Map.of(999L, 1), NOW)).isInstanceOf(ReferenceNotFoundException.class);

		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.CONFIRMED);
		assertThat(order.getLines()).extracting(SalesOrderLine::getReserved).containsExactly(10, 5);
		assertThat(order.getLines()).extracting(SalesOrderLine::getShipped).containsExactly(0, 0);
	}

	@Test
	void aDraftIsNotShipped() {
		SalesOrder order = draft(10);

		assertThatThrownBy(() -> order.ship(Map.of(lineId(order, 0), 1), NOW))
			.isInstanceOf(SalesOrderStateException.class);
	}

	@Test
	void cancellingAConfirmedOrderGivesBackWhatItReserved() {
		SalesOrder order = draft(10, 5);
		order.confirm(NOW);

		Map<SalesOrderLine, Integer> released = order.cancel(NOW);

		assertThat(released.values()).containsExactly(10, 5);
		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.CANCELLED);
		assertThat(order.getLines()).extracting(SalesOrderLine::getReserved).containsExactly(0, 0);
	}

	@Test
	void cancellingADraftReleasesNothing() {
		SalesOrder order = draft(10);

		assertThat(order.cancel(NOW)).isEmpty();
		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.CANCELLED);
	}

	@Test
	void refusesToCancelOnceAnythingHasShipped() {
		SalesOrder order = draft(10);
		order.confirm(NOW);
		order.ship(Map.of(lineId(order, 0), 1), NOW);

		assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(SalesOrderStateException.class)
			.hasMessageContaining("PARTIALLY_SHIPPED");
		assertThat(order.getLines().get(0).getReserved()).isEqualTo(9);

		order.ship(Map.of(lineId(order, 0), 9), NOW);
		assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(SalesOrderStateException.class);
		assertThat(order.getStatus()).isEqualTo(SalesOrderStatus.SHIPPED);
	}

	// A draft for "Harbour Joinery" with a line per quantity at 2.50 each, its lines
	// given
	// ids as the database would.
	private static SalesOrder draft(int... quantities) {
		SalesOrder order = new SalesOrder("SO-1", "manager");
		order.describe("  Harbour Joinery ", " ", null, 2);
		List<SalesOrder.NewLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < quantities.length; i++) {
			lines.add(new SalesOrder.NewLine(100 + i, quantities[i], new BigDecimal("2.5")));
		}
		order.replaceLines(lines);
		long id = 1;
		for (SalesOrderLine line : order.getLines()) {
			EntityIds.set(line, id++);
		}
		assertThat(order.getCustomerName()).isEqualTo("Harbour Joinery");
		assertThat(order.getCustomerEmail()).isNull();
		return order;
	}

	private static long lineId(SalesOrder order, int index) {
		return order.getLines().get(index).getId();
	}

}
