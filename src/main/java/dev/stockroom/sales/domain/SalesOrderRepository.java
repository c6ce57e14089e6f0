package dev.stockroom.sales.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SalesOrderRepository extends JpaRepository<SalesOrder, Long>, JpaSpecificationExecutor<SalesOrder> {

	/**
	 * Reads the order and locks its row until the transaction ends, so that a confirm, a
	 * shipment and a cancel of one order run one after the other: the second sees what
	 * the first did and cannot reserve, ship or release the same quantity again. Taken
	 * before any stock level is locked, so the lock order is always order, then levels.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from SalesOrder o where o.id = :id")
	Optional<SalesOrder> lock(long id);

	@Query(value = "SELECT nextval('sales_order_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query("select count(l) > 0 from SalesOrderLine l where l.productId = :productId")
	boolean anyLineOf(long productId);

}
