package dev.stockroom.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupplierOfferRepository extends JpaRepository<SupplierOffer, Long> {

	@Query("select o from SupplierOffer o join fetch o.supplier where o.product.id = :productId order by o.unitCost, o.id")
	List<SupplierOffer> findByProductIdWithSupplier(long productId);

	Optional<SupplierOffer> findByProductIdAndSupplierId(long productId, long supplierId);

}
