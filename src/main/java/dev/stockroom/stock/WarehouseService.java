package dev.stockroom.stock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.platform.cache.ListTotals;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.jpa.LikePattern;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.jpa.LikePattern;
import dev.stockroom.stock.ledger.StockLevelRepository;
import dev.stockroom.stock.ledger.Warehouse;
import dev.stockroom.stock.ledger.WarehouseRepository;

/** Use cases on warehouses. */
@Service
@Transactional(readOnly = true)
public class WarehouseService {

	private final WarehouseRepository warehouses;

	private final StockLevelRepository levels;

	private final ListTotals totals;

	WarehouseService(WarehouseRepository warehouses, StockLevelRepository levels, ListTotals totals) {
		this.totals = totals;
		this.warehouses = warehouses;
		this.levels = levels;
	}

	public Page<WarehouseResponse> list(Boolean active, String q, Pageable pageable) {
		List<Specification<Warehouse>> specs = new ArrayList<>();
		if (active != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("active"), active));
		}
		if (q != null && !q.isBlank()) {
			String pattern = LikePattern.contains(q);
			specs.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("code")), pattern, LikePattern.ESCAPE),
					cb.like(cb.lower(root.get("name")), pattern, LikePattern.ESCAPE)));
		}
		Specification<Warehouse> selected = Specification.allOf(specs);
		return this.totals
			.page(Warehouse.class, Arrays.asList(active, q), pageable,
					(page) -> this.warehouses.findBy(selected, (query) -> query.slice(page)),
					() -> this.warehouses.count(selected))
			.map(WarehouseResponse::of);
	}

	public WarehouseResponse get(long id) {
		return WarehouseResponse.of(find(id));
	}

	/**
	 * @param ids warehouse ids; unknown ones are left out
	 * @return those warehouses by id, in one query
	 */
	public Map<Long, WarehouseResponse> byIds(Collection<Long> ids) {
		Map<Long, WarehouseResponse> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			this.warehouses.findAllById(ids)
				.forEach((warehouse) -> byId.put(warehouse.getId(), WarehouseResponse.of(warehouse)));
		}
		return byId;
	}

	public long count() {
		return this.warehouses.count();
	}

	@Transactional
	public WarehouseResponse create(WarehouseRequest request) {
		if (this.warehouses.existsByCode(code(request))) {
			throw duplicateCode(request);
		}
		return WarehouseResponse.of(this.warehouses.saveAndFlush(new Warehouse(request)));
	}

	@Transactional
	public WarehouseResponse update(long id, WarehouseRequest request) {
		Warehouse warehouse = find(id);
		warehouse.checkVersion(request.version());
		if (this.warehouses.existsByCodeAndIdNot(code(request), id)) {
			throw duplicateCode(request);
		}
		warehouse.update(request);
		return WarehouseResponse.of(this.warehouses.saveAndFlush(warehouse));
	}

	/**
	 * @throws ConflictException when the warehouse holds or has held stock: its ledger
	 * must stay, so it can only be deactivated
	 */
	@Transactional
	public void delete(long id) {
		Warehouse warehouse = find(id);
		if (this.levels.existsByWarehouseId(id)) {
			throw new ConflictException("warehouse-in-use", "Warehouse " + warehouse.getCode()
					+ " has stock history and cannot be deleted; deactivate it instead");
		}
		this.warehouses.delete(warehouse);
		this.warehouses.flush();
	}

	private Warehouse find(long id) {
		return this.warehouses.findById(id).orElseThrow(() -> new WarehouseNotFoundException(id));
	}

	private static String code(WarehouseRequest request) {
		return request.code().strip().toUpperCase(Locale.ROOT);
	}

	private static ConflictException duplicateCode(WarehouseRequest request) {
		return new ConflictException("duplicate-warehouse",
				"A warehouse with code " + code(request) + " already exists");
	}

}
