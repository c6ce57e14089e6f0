package dev.stockroom.stock.ledger;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StockMovementRepository
		extends JpaRepository<StockMovement, Long>, JpaSpecificationExecutor<StockMovement> {

	// The order of StockMovement.NEWEST_FIRST.
	List<StockMovement> findByOrderByCreatedAtDescSequenceNoDescIdDesc(Limit limit);

}
