package dev.stockroom.purchasing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository
		extends JpaRepository<PurchaseOrder, Long>, JpaSpecificationExecutor<PurchaseOrder> {

	/**
	 * Reads the order and locks its row until the transaction ends, so that two receipts
	 * (or a receipt and a cancel) of one order run one after the other: the second sees
	 * what the first took in and cannot take the same open quantity again.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PurchaseOrder o where o.id = :id")
	Optional<PurchaseOrder> lock(long id);

	@Query(value = "SELECT nextval('purchase_order_number_seq')", nativeQuery = true)
	long nextNumber();

	/**
	 * @return per product and warehouse, the open quantity of placed orders: rows of
	 * product id, warehouse id, open
	 */
	@Query("""
			select l.productId, o.warehouseId, sum(l.quantity - l.received - l.cancelled)
			from PurchaseOrderLine l join l.order o
			where o.status in (dev.stockroom.purchasing.PurchaseOrderStatus.PLACED,
			                   dev.stockroom.purchasing.PurchaseOrderStatus.PARTIALLY_RECEIVED)
			  and l.productId in :productIds and l.received + l.cancelled < l.quantity
			group by l.productId, o.warehouseId
			""")
	List<Object[]> openByProductAndWarehouse(Collection<Long> productIds);

	@Query("select count(l) > 0 from PurchaseOrderLine l where l.productId = :productId")
	boolean anyLineOf(long productId);

	@Query("""
			select distinct o from PurchaseOrder o join o.lines l
			where l.productId = :productId and o.status in (dev.stockroom.purchasing.PurchaseOrderStatus.PLACED,
			      dev.stockroom.purchasing.PurchaseOrderStatus.PARTIALLY_RECEIVED)
			order by o.id
			""")
	List<PurchaseOrder> findOpenWithProduct(long productId);

}
