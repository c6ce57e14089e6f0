package dev.stockroom.stock.ledger;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AuditableEntity;
import dev.stockroom.platform.error.ConflictException;
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

	protected StockLevel() {
	}

	public StockMovement receive(int quantity, MovementDetails details) {
		return post(MovementType.RECEIPT, quantity, details, null, null);
	}

	/**
	 * @throws InsufficientStockException when less than {@code quantity} is on hand
	 */
	public StockMovement issue(int quantity, MovementDetails details) {
		requireOnHand(quantity);
		return post(MovementType.ISSUE, -quantity, details, null, null);
	}

	public StockMovement transferOut(int quantity, MovementDetails details, UUID transferId, long toWarehouseId) {
		requireOnHand(quantity);
		return post(MovementType.TRANSFER, -quantity, details, transferId, toWarehouseId);
	}

	public StockMovement transferIn(int quantity, MovementDetails details, UUID transferId, long fromWarehouseId) {
		return post(MovementType.TRANSFER, quantity, details, transferId, fromWarehouseId);
	}

	/**
	 * @param change the signed correction
	 * @throws InsufficientStockException when a negative correction exceeds what is on
	 * hand
	 */
	public StockMovement adjust(int change, MovementDetails details) {
		if (change < 0) {
			requireOnHand(-change);
		}
		return post(MovementType.ADJUSTMENT, change, details, null, null);
	}

	/**
	 * Sets on-hand to a counted quantity; the ledger row records the difference (zero
	 * when the count confirms the books, which is still worth recording).
	 */
	public StockMovement count(int counted, MovementDetails details) {
		return post(MovementType.COUNT, counted - this.onHand, details, null, null);
	}

	private void requireOnHand(int quantity) {
		if (quantity > this.onHand) {
			throw new InsufficientStockException(this, quantity);
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
	 * @return whether the level is low, as {@link ReorderSuggestions} defines it:
	 * available (on hand, until sales orders reserve stock) at or below the reorder point
	 */
	public boolean isLow() {
		return ReorderSuggestions.isLow(this.onHand, this.reorderPoint);
	}

}
