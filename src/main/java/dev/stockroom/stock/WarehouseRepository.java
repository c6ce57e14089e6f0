package dev.stockroom.stock;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WarehouseRepository extends JpaRepository<Warehouse, Long>, JpaSpecificationExecutor<Warehouse> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, long id);

}
