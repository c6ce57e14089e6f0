package dev.stockroom.sales.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * One product on a sales order: how many were ordered, how many the line holds reserved
 * in the order's warehouse and how many have shipped. Changed only through its order,
 * which checks the order's state.
 */
@Entity
@Table(name = "sales_order_lines")
public class SalesOrderLine extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id")
	private SalesOrder order;

	private int position;

	@Column(name = "product_id")
	private long productId;

	private int quantity;

	private int reserved;

	private int shipped;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	protected SalesOrderLine() {
	}

	SalesOrderLine(SalesOrder order, int position, long productId, int quantity, BigDecimal unitPrice) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A line orders at least one");
		}
		if (unitPrice == null || unitPrice.signum() < 0) {
			throw new IllegalArgumentException("A line's unit price is 0 or more");
		}
		this.order = order;
		this.position = position;
		this.productId = productId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
	}

	/**
	 * @return what is still to ship: ordered less shipped (0 once the order is cancelled,
	 * since a cancelled order shipped nothing and ships nothing more)
	 */
	public int outstanding() {
		return this.quantity - this.shipped;
	}

	/**
	 * @return quantity times unit price
	 */
	public BigDecimal amount() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

	void reserveAll() {
		this.reserved = this.quantity - this.shipped;
	}

	int releaseAll() {
		int given = this.reserved;
		this.reserved = 0;
		return given;
	}

	void ship(int count) {
		if (count <= 0 || count > this.reserved) {
			throw new IllegalArgumentException("Ship 1 to " + this.reserved + ", not " + count);
		}
		this.reserved -= count;
		this.shipped += count;
	}

	public SalesOrder getOrder() {
		return this.order;
	}

	public int getPosition() {
		return this.position;
	}

	public long getProductId() {
		return this.productId;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public int getReserved() {
		return this.reserved;
	}

	public int getShipped() {
		return this.shipped;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

}
