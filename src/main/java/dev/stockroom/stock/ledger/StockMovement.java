package dev.stockroom.stock.ledger;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.springframework.data.domain.Sort;

import dev.stockroom.platform.cache.ListTotalsEviction;
import dev.stockroom.platform.jpa.AbstractEntity;
import dev.stockroom.platform.jpa.AbstractEntity;
import dev.stockroom.stock.MovementType;

/**
 * One row of the append-only ledger. Made only by {@link StockLevel}, never changed:
 * Hibernate treats it as immutable and the database refuses UPDATE and DELETE on its
 * table.
 */
@Entity
@EntityListeners(ListTotalsEviction.class)
@Immutable
@Table(name = "stock_movements")
public class StockMovement extends AbstractEntity {

	/**
	 * Newest first. Rows of one level never share a time (each is timed under the level's
	 * lock), but if the clock's resolution made them equal, the sequence number still
	 * puts them in chain order; the id orders the two rows of a transfer, which share
	 * theirs.
	 */
	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("sequenceNo"),
			Sort.Order.desc("id"));

	@Enumerated(EnumType.STRING)
	private MovementType type;

	@Column(name = "product_id")
	private long productId;

	@Column(name = "warehouse_id")
	private long warehouseId;

	@Column(name = "sequence_no")
	private long sequenceNo;

	@Column(name = "quantity_change")
	private int quantityChange;

	@Column(name = "resulting_quantity")
	private int resultingQuantity;

	private String reason;

	private String reference;

	@Column(name = "transfer_id")
	private UUID transferId;

	@Column(name = "counterpart_warehouse_id")
	private Long counterpartWarehouseId;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected StockMovement() {
	}

	StockMovement(StockLevel level, MovementType type, long sequenceNo, int quantityChange, MovementDetails details,
			UUID transferId, Long counterpartWarehouseId) {
		this.type = type;
		this.productId = level.getProductId();
		this.warehouseId = level.getWarehouse().getId();
		this.sequenceNo = sequenceNo;
		this.quantityChange = quantityChange;
		this.resultingQuantity = level.getOnHand();
		this.reason = details.reason();
		this.reference = details.reference();
		this.createdBy = details.createdBy();
		this.createdAt = details.createdAt();
		this.transferId = transferId;
		this.counterpartWarehouseId = counterpartWarehouseId;
	}

	public MovementType getType() {
		return this.type;
	}

	public long getProductId() {
		return this.productId;
	}

	public long getWarehouseId() {
		return this.warehouseId;
	}

	public long getSequenceNo() {
		return this.sequenceNo;
	}

	public int getQuantityChange() {
		return this.quantityChange;
	}

	public int getResultingQuantity() {
		return this.resultingQuantity;
	}

	public String getReason() {
		return this.reason;
	}

	public String getReference() {
		return this.reference;
	}

	public UUID getTransferId() {
		return this.transferId;
	}

	public Long getCounterpartWarehouseId() {
		return this.counterpartWarehouseId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
