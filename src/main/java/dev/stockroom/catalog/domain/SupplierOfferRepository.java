package dev.stockroom.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SupplierOfferRepository extends JpaRepository<SupplierOffer, Long> {

	@Query("select o from SupplierOffer o join fetch o.supplier where o.product.id = :productId order by o.unitCost, o.id")
	List<SupplierOffer> findByProductIdWithSupplier(long productId);

	Optional<SupplierOffer> findByProductIdAndSupplierId(long productId, long supplierId);

	@Query("select o from SupplierOffer o where o.product.id in :productIds order by o.product.id, o.unitCost, o.id")
	List<SupplierOffer> findByProductIds(Collection<Long> productIds);

	@Modifying
	@Query("update SupplierOffer o set o.preferred = false where o.product.id = :productId and o.supplier.id <> :supplierId and o.preferred = true")
	int clearPreferred(long productId, long supplierId);

}
