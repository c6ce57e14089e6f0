package dev.stockroom.catalog;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.api.SupplierOfferResponse;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.catalog.domain.ProductNotFoundException;
import dev.stockroom.catalog.domain.ProductRepository;
import dev.stockroom.catalog.domain.Supplier;
import dev.stockroom.catalog.domain.SupplierNotFoundException;
import dev.stockroom.catalog.domain.SupplierOffer;
import dev.stockroom.catalog.domain.SupplierOfferRepository;
import dev.stockroom.catalog.domain.SupplierRepository;
import dev.stockroom.platform.cache.ListTotals;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.jpa.LikePattern;

/** Use cases on suppliers and on what they offer for each product. */
@Service
@Transactional(readOnly = true)
public class SupplierService {

	private final SupplierRepository suppliers;

	private final SupplierOfferRepository offers;

	private final ProductRepository products;

	private final ListTotals totals;

	SupplierService(SupplierRepository suppliers, SupplierOfferRepository offers, ProductRepository products,
			ListTotals totals) {
		this.totals = totals;
		this.suppliers = suppliers;
		this.offers = offers;
		this.products = products;
	}

	public Page<SupplierResponse> list(Boolean active, String q, Pageable pageable) {
		List<Specification<Supplier>> specs = new ArrayList<>();
		if (active != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("active"), active));
		}
		if (q != null && !q.isBlank()) {
			specs.add((root, query, cb) -> cb.like(cb.lower(root.get("name")), LikePattern.contains(q),
					LikePattern.ESCAPE));
		}
		Specification<Supplier> selected = Specification.allOf(specs);
		return this.totals
			.page(Supplier.class, Arrays.asList(active, q), pageable,
					(page) -> this.suppliers.findBy(selected, (query) -> query.slice(page)),
					() -> this.suppliers.count(selected))
			.map(SupplierResponse::of);
	}

	public SupplierResponse get(long id) {
		return SupplierResponse.of(find(id));
	}

	@Transactional
	public SupplierResponse create(SupplierRequest request) {
		if (this.suppliers.existsByNameIgnoreCase(request.name().strip())) {
			throw duplicateName(request.name());
		}
		return SupplierResponse.of(this.suppliers.saveAndFlush(new Supplier(request)));
	}

	@Transactional
	public SupplierResponse update(long id, SupplierRequest request) {
		Supplier supplier = find(id);
		supplier.checkVersion(request.version());
		if (this.suppliers.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)) {
			throw duplicateName(request.name());
		}
		supplier.update(request);
		return SupplierResponse.of(this.suppliers.saveAndFlush(supplier));
	}

	/** Deletes a supplier and, with it, its offers (on_delete=CASCADE in the schema). */
	@Transactional
	public void delete(long id) {
		this.suppliers.delete(find(id));
	}

	/**
	 * @param productId the product
	 * @return every supplier's offer for it, cheapest first
	 */
	public List<SupplierOfferResponse> offers(long productId) {
		if (!this.products.existsById(productId)) {
			throw new ProductNotFoundException(productId);
		}
		return this.offers.findByProductIdWithSupplier(productId).stream().map(SupplierOfferResponse::of).toList();
	}

	/** Records or replaces what a supplier offers for a product. */
	@Transactional
	public SupplierOfferResponse putOffer(long productId, long supplierId, SupplierOfferRequest request) {
		Product product = this.products.findById(productId).orElseThrow(() -> new ProductNotFoundException(productId));
		Supplier supplier = find(supplierId);
		SupplierOffer offer = this.offers.findByProductIdAndSupplierId(productId, supplierId)
			.orElseGet(() -> new SupplierOffer(product, supplier));
		offer.update(request.supplierSku(), request.unitCost().setScale(2, RoundingMode.UNNECESSARY),
				request.leadTimeDays());
		boolean preferred = Boolean.TRUE.equals(request.preferred());
		if (preferred) {
			// Unmarked first: the schema allows one preferred offer per product.
			this.offers.clearPreferred(productId, supplierId);
		}
		offer.setPreferred(preferred);
		return SupplierOfferResponse.of(this.offers.saveAndFlush(offer));
	}

	/**
	 * For modules that order products: every offer for these products, in one query.
	 * @param productIds products
	 * @return their offers, each product's cheapest first
	 */
	public List<ProductOffer> offersOf(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return List.of();
		}
		return this.offers.findByProductIds(productIds)
			.stream()
			.map((offer) -> new ProductOffer(offer.getProduct().getId(), offer.getSupplier().getId(),
					offer.getSupplierSku(), offer.getUnitCost(), offer.isPreferred()))
			.toList();
	}

	/**
	 * @param ids supplier ids
	 * @return the suppliers among them that exist, by id, in one query
	 */
	public Map<Long, SupplierResponse> byIds(Collection<Long> ids) {
		Map<Long, SupplierResponse> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.suppliers.findAllById(ids)
				.forEach((supplier) -> found.put(supplier.getId(), SupplierResponse.of(supplier)));
		}
		return found;
	}

	@Transactional
	public void deleteOffer(long productId, long supplierId) {
		SupplierOffer offer = this.offers.findByProductIdAndSupplierId(productId, supplierId)
			.orElseThrow(
					() -> new ResourceNotFoundException("Offer of supplier " + supplierId + " for product", productId));
		this.offers.delete(offer);
	}

	private Supplier find(long id) {
		return this.suppliers.findById(id).orElseThrow(() -> new SupplierNotFoundException(id));
	}

	private static ConflictException duplicateName(String name) {
		return new ConflictException("duplicate-supplier", "A supplier named '" + name.strip() + "' already exists");
	}

}
