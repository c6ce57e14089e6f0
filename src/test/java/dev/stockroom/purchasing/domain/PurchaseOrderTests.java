package dev.stockroom.purchasing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.purchasing.PurchaseOrderStatus;
import dev.stockroom.support.EntityIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The purchase order's state machine, without Spring or a database. */
class PurchaseOrderTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aDraftIsEditedThenPlaced() {
		PurchaseOrder order = draft(10, 5);

		order.place(NOW);

		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.PLACED);
		assertThat(order.getPlacedAt()).isEqualTo(NOW);
		assertThat(order.getLines()).extracting(PurchaseOrderLine::open).containsExactly(10, 5);
		assertThat(order.total()).isEqualByComparingTo("22.50");
	}

	@Test
	void refusesToPlaceAnOrderWithoutLines() {
		PurchaseOrder order = new PurchaseOrder("PO-1", "manager");
		order.describe(1, 2, null, null);

		assertThatThrownBy(() -> order.place(NOW)).isInstanceOf(OrderStateException.class);
		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.DRAFT);
	}

	@Test
	void onlyADraftIsEditedOrDeleted() {
		PurchaseOrder order = draft(10);
		order.place(NOW);

		assertThatThrownBy(() -> order.describe(1, 2, null, "late change")).isInstanceOf(OrderStateException.class);
		assertThatThrownBy(() -> order.replaceLines(List.of())).isInstanceOf(OrderStateException.class);
		assertThatThrownBy(order::checkDeletable).isInstanceOf(OrderStateException.class);
		assertThatThrownBy(() -> order.place(NOW)).isInstanceOf(OrderStateException.class);
		assertThat(order.getLines()).hasSize(1);
	}

	@Test
	void receivesInPartsUntilNothingIsOpen() {
		PurchaseOrder order = draft(10);
		order.place(NOW);
		long line = lineId(order, 0);

		order.receive(Map.of(line, 4), NOW);
		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
		assertThat(order.getLines().get(0).open()).isEqualTo(6);

		order.receive(Map.of(line, 6), NOW);
		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.RECEIVED);
		assertThat(order.getLines().get(0).getReceived()).isEqualTo(10);
		assertThat(order.getLines().get(0).open()).isZero();
		assertThat(order.getClosedAt()).isEqualTo(NOW);
	}

	@Test
	void refusesMoreThanIsOpenAndChangesNothing() {
		PurchaseOrder order = draft(10, 3);
		order.place(NOW);
		long first = lineId(order, 0);
		long second = lineId(order, 1);

		assertThatThrownBy(() -> order.receive(Map.of(first, 2, second, 4), NOW))
			.isInstanceOf(ReceiptExceedsOpenException.class);

		assertThat(order.getLines()).extracting(PurchaseOrderLine::getReceived).containsExactly(0, 0);
		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.PLACED);
	}

	@Test
	void refusesALineOfAnotherOrder() {
		PurchaseOrder order = draft(10);
		order.place(NOW);

		assertThatThrownBy(() -> order.receive(Map.of(999_999L, 1), NOW))
			.isInstanceOf(ReferenceNotFoundException.class);
	}

	@Test
	void refusesReceiptsBeforePlacingAndAfterTheEnd() {
		PurchaseOrder order = draft(10);
		long line = lineId(order, 0);
		assertThatThrownBy(() -> order.receive(Map.of(line, 1), NOW)).isInstanceOf(OrderStateException.class);

		order.place(NOW);
		order.receive(Map.of(line, 10), NOW);
		assertThatThrownBy(() -> order.receive(Map.of(line, 1), NOW)).isInstanceOf(OrderStateException.class);
		assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(OrderStateException.class);
	}

	@Test
	void cancellingAnOpenOrderCancelsWhatIsOpenAndKeepsWhatWasReceived() {
		PurchaseOrder order = draft(10);
		order.place(NOW);
		order.receive(Map.of(lineId(order, 0), 4), NOW);

		order.cancel(NOW);

		PurchaseOrderLine line = order.getLines().get(0);
		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.CANCELLED);
		assertThat(line.getReceived()).isEqualTo(4);
		assertThat(line.getCancelled()).isEqualTo(6);
		assertThat(line.open()).isZero();
		assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(OrderStateException.class);
		assertThatThrownBy(() -> order.receive(Map.of(line.getId(), 1), NOW)).isInstanceOf(OrderStateException.class);
	}

	@Test
	void aDraftCanBeCancelled() {
		PurchaseOrder order = draft(10);

		order.cancel(NOW);

		assertThat(order.getStatus()).isEqualTo(PurchaseOrderStatus.CANCELLED);
		assertThatThrownBy(() -> order.place(NOW)).isInstanceOf(OrderStateException.class);
	}

	private static PurchaseOrder draft(int... quantities) {
		PurchaseOrder order = new PurchaseOrder("PO-000001", "manager");
		order.describe(1, 2, null, "  ");
		List<PurchaseOrder.NewLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < quantities.length; i++) {
			lines.add(new PurchaseOrder.NewLine(100 + i, quantities[i],
					(i == 0) ? new BigDecimal("1.50") : new BigDecimal("1.50")));
		}
		order.replaceLines(lines);
		long id = 1;
		for (PurchaseOrderLine line : order.getLines()) {
			EntityIds.set(line, id++);
		}
		assertThat(order.getNotes()).isNull();
		return order;
	}

	private static long lineId(PurchaseOrder order, int index) {
		return order.getLines().get(index).getId();
	}

}
