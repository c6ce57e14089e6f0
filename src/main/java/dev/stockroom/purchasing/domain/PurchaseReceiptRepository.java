package dev.stockroom.purchasing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseReceiptRepository extends JpaRepository<PurchaseReceipt, Long> {

	List<PurchaseReceipt> findByOrderIdOrderById(long orderId);

}
