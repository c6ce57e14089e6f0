package dev.stockroom.stock.ledger;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.jpa.AuditableEntity;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.ReorderSuggestions;

/**
 * How much of one product one warehouse holds. It guards its own rules: every change goes
 * through a method here that refuses to go below zero and returns the ledger row
 * recording it, with the next sequence number and the resulting quantity. The caller must
 * hold the row's lock (see {@link StockLevelRepository#lock}), so the rows of one level
 * are made strictly one after another.
 *
 * <p>
 * Part of what is on hand may be <em>reserved</em> (promised to confirmed sales orders);
 * the rest is <em>available</em>. Issues, transfers out and negative adjustments take
 * only available stock, so a movement never spends what an order was promised. A count or
 * an adjustment records what is really there even when that is less than is reserved: the
 * level then has a <em>shortage</em> (available below zero) and the reservations stay,
 * since the orders still want the goods. Reservations are not ledger quantities: on hand
 * still equals the ledger's sum.
 */
@Entity
@Table(name = "stock_levels")
public class StockLevel extends AuditableEntity {

	// Another module's record, referred to by id (no JPA association across modules).
	@Column(name = "product_id", nullable = false, updatable = false)
	private long productId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "warehouse_id", updatable = false)
	private Warehouse warehouse;

	@Column(name = "on_hand")
	private int onHand;

	@Column(name = "reorder_point")
	private int reorderPoint;

	@Column(name = "movement_count")
	private long movementCount;

	private int reserved;

	protected StockLevel() {
	}

	public StockMovement receive(int quantity, MovementDetails details) {
		return post(MovementType.RECEIPT, quantity, details, null, null);
	}

	/**
	 * @throws InsufficientStockException when less than {@code quantity} is available
	 */
	public StockMovement issue(int quantity, MovementDetails details) {
		requireAvailable(quantity);
		return post(MovementType.ISSUE, -quantity, details, null, null);
	}

	/**
	 * @throws InsufficientStockException when less than {@code quantity} is available
	 */
	public StockMovement transferOut(int quantity, MovementDetails details, UUID transferId, long toWarehouseId) {
		requireAvailable(quantity);
		return post(MovementType.TRANSFER, -quantity, details, transferId, toWarehouseId);
	}

	public StockMovement transferIn(int quantity, MovementDetails details, UUID transferId, long fromWarehouseId) {
		return post(MovementType.TRANSFER, quantity, details, transferId, fromWarehouseId);
	}

	/**
	 * @param change the signed correction
	 * @throws InsufficientStockException when a negative correction exceeds what is
	 * available
	 */
	public StockMovement adjust(int change, MovementDetails details) {
		if (change < 0) {
			requireAvailable(-change);
		}
		return post(MovementType.ADJUSTMENT, change, details, null, null);
	}

	/**
	 * Sets on-hand to a counted quantity; the ledger row records the difference (zero
	 * when the count confirms the books, which is still worth recording). The count is
	 * the truth even below what is reserved: the level then has a shortage.
	 */
	public StockMovement count(int counted, MovementDetails details) {
		return post(MovementType.COUNT, counted - this.onHand, details, null, null);
	}

	/**
	 * Promises {@code quantity} of the available stock to an order: on hand stays,
	 * available drops.
	 * @throws InsufficientStockException when less than {@code quantity} is available
	 */
	public void reserve(int quantity) {
		requirePositive(quantity);
		requireAvailable(quantity);
		this.reserved += quantity;
	}

	/**
	 * Gives back reserved stock (an order cancelled or reduced).
	 * @throws IllegalStateException when less than {@code quantity} is reserved: the
	 * caller's books disagree with the level's
	 */
	public void release(int quantity) {
		requirePositive(quantity);
		requireReserved(quantity);
		this.reserved -= quantity;
	}

	/**
	 * Ships reserved stock: an ISSUE that lowers on hand and reserved together, so
	 * available stays as it was.
	 * @throws InsufficientStockException when less than {@code quantity} is on hand (a
	 * shortage): nothing changes
	 * @throws IllegalStateException when less than {@code quantity} is reserved
	 */
	public StockMovement issueReserved(int quantity, MovementDetails details) {
		requirePositive(quantity);
		requireReserved(quantity);
		requireOnHandToShip(quantity);
		this.reserved -= quantity;
		return post(MovementType.ISSUE, -quantity, details, null, null);
	}

	/**
	 * Checks, changing nothing, that {@code quantity} could be taken from available stock
	 * (a reservation of several lines checks them all before it changes any).
	 * @throws InsufficientStockException when less than {@code quantity} is available
	 */
	public void requireAvailable(int quantity) {
		if (quantity > getAvailable()) {
			throw InsufficientStockException.notAvailable(this, quantity);
		}
	}

	/**
	 * Checks, changing nothing, that {@code quantity} of reserved stock could be shipped.
	 * @throws InsufficientStockException when less than {@code quantity} is on hand (a
	 * shortage)
	 */
	public void requireOnHandToShip(int quantity) {
		if (quantity > this.onHand) {
			throw InsufficientStockException.shortOnHand(this, quantity);
		}
	}

	private void requireReserved(int quantity) {
		if (quantity > this.reserved) {
			throw new IllegalStateException("Only " + this.reserved + " of product " + this.productId
					+ " reserved in warehouse " + this.warehouse.getId() + "; " + quantity + " to release or ship");
		}
	}

	private static void requirePositive(int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A reserved quantity is above zero, not " + quantity);
		}
	}

	private StockMovement post(MovementType type, int change, MovementDetails details, UUID transferId,
			Long counterpartWarehouseId) {
		long result = (long) this.onHand + change;
		if (result > Integer.MAX_VALUE) {
			throw new ConflictException("quantity-overflow",
					"On-hand would exceed " + Integer.MAX_VALUE + " for product " + this.productId);
		}
		this.onHand = (int) result;
		this.movementCount++;
		return new StockMovement(this, type, this.movementCount, change, details, transferId, counterpartWarehouseId);
	}

	void changeReorderPoint(int reorderPoint) {
		this.reorderPoint = reorderPoint;
	}

	public long getProductId() {
		return this.productId;
	}

	public Warehouse getWarehouse() {
		return this.warehouse;
	}

	public int getOnHand() {
		return this.onHand;
	}

	public int getReorderPoint() {
		return this.reorderPoint;
	}

	/**
	 * @return how much of on hand is promised to confirmed orders
	 */
	public int getReserved() {
		return this.reserved;
	}

	/**
	 * @return on hand less reserved: what can still be promised; below zero in a shortage
	 */
	public int getAvailable() {
		return this.onHand - this.reserved;
	}

	/**
	 * @return whether less is on hand than is reserved (a count found less)
	 */
	public boolean hasShortage() {
		return getAvailable() < 0;
	}

	/**
	 * @return whether the level is low, as {@link ReorderSuggestions} defines it:
	 * available at or below the reorder point
	 */
	public boolean isLow() {
		return ReorderSuggestions.isLow(getAvailable(), this.reorderPoint);
	}

}
