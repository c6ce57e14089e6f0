package dev.stockroom.stock.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface WarehouseRepository extends JpaRepository<Warehouse, Long>, JpaSpecificationExecutor<Warehouse> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

}
