package dev.stockroom.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.platform.ConflictException;
import dev.stockroom.platform.CurrentUser;
import dev.stockroom.platform.ReferenceNotFoundException;
import dev.stockroom.platform.ResourceNotFoundException;

/**
 * Every change of stock, and the reads of stock levels and the ledger.
 *
 * <p>
 * A movement locks the stock level rows it touches ({@code SELECT ... FOR UPDATE}), lets
 * the {@link StockLevel} apply its rules, and appends the ledger rows, all in one
 * transaction: so on-hand and the ledger change together or not at all, and concurrent
 * movements on the same product and warehouse queue up instead of overwriting each other.
 * A transfer locks its two rows in warehouse-id order, so two opposite transfers cannot
 * deadlock.
 */
@Service
@Transactional(readOnly = true)
public class StockService {

	private final StockLevelRepository levels;

	private final StockMovementRepository movements;

	private final WarehouseRepository warehouses;

	private final ProductService products;

	private final CurrentUser currentUser;

	private final Clock clock;

	StockService(StockLevelRepository levels, StockMovementRepository movements, WarehouseRepository warehouses,
			ProductService products, CurrentUser currentUser, Clock clock) {
		this.levels = levels;
		this.movements = movements;
		this.warehouses = warehouses;
		this.products = products;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Records one stock movement.
	 * @param request a request that passed {@link ValidMovement}
	 * @return the ledger rows made
	 * @throws ReferenceNotFoundException when the product or a warehouse does not exist
	 * (422)
	 * @throws InsufficientStockException when stock would go below zero (409); nothing is
	 * changed
	 */
	@Transactional
	public MovementResult record(MovementRequest request) {
		return record(request, this.currentUser.username(), Instant.now(this.clock));
	}

	/**
	 * Records a movement that happened earlier, on someone's behalf: for imports of an
	 * existing ledger and for demo data. Rows must still be recorded in the order they
	 * happened.
	 * @param request a request that passed {@link ValidMovement}
	 * @param createdBy who made the movement
	 * @param createdAt when it happened
	 * @return the ledger rows made
	 */
	@Transactional
	public MovementResult record(MovementRequest request, String createdBy, Instant createdAt) {
		ProductSummary product = this.products.lockSummary(request.productId())
			.orElseThrow(() -> new ReferenceNotFoundException("productId", "Product", request.productId()));
		Warehouse warehouse = activeWarehouse("warehouseId", request.warehouseId());
		MovementDetails details = new MovementDetails(blankToNull(request.reason()), blankToNull(request.reference()),
				createdBy, createdAt.truncatedTo(ChronoUnit.MICROS));
		int quantity = request.quantity();
		List<StockMovement> rows = switch (request.type()) {
			case RECEIPT -> List.of(lockLevel(product, warehouse).receive(quantity, details));
			case ISSUE -> List.of(lockLevel(product, warehouse).issue(quantity, details));
			case ADJUSTMENT -> List.of(lockLevel(product, warehouse).adjust(quantity, details));
			case COUNT -> List.of(lockLevel(product, warehouse).count(quantity, details));
			case TRANSFER -> transfer(product, warehouse,
					activeWarehouse("targetWarehouseId", request.targetWarehouseId()), quantity, details);
		};
		this.movements.saveAll(rows);
		this.movements.flush();
		return new MovementResult(rows.stream().map(StockMovementResponse::of).toList());
	}

	public Page<StockLevelResponse> levels(StockLevelFilter filter, Pageable pageable) {
		List<Specification<StockLevel>> specs = new ArrayList<>();
		if (filter.product() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("productId"), filter.product()));
		}
		if (filter.warehouse() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("warehouse").get("id"), filter.warehouse()));
		}
		if (filter.lowStock() != null) {
			specs.add((root, query, cb) -> filter.lowStock()
					? cb.lessThanOrEqualTo(root.get("onHand"), root.get("reorderPoint"))
					: cb.greaterThan(root.get("onHand"), root.get("reorderPoint")));
		}
		return this.levels.findAll(Specification.allOf(specs), pageable).map(StockLevelResponse::of);
	}

	public Page<StockMovementResponse> movements(MovementFilter filter, Pageable pageable) {
		List<Specification<StockMovement>> specs = new ArrayList<>();
		if (filter.product() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("productId"), filter.product()));
		}
		if (filter.warehouse() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("warehouseId"), filter.warehouse()));
		}
		if (filter.type() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
		}
		if (filter.from() != null) {
			specs.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), filter.from()));
		}
		if (filter.to() != null) {
			specs.add((root, query, cb) -> cb.lessThan(root.get("createdAt"), filter.to()));
		}
		return this.movements.findAll(Specification.allOf(specs), pageable).map(StockMovementResponse::of);
	}

	public StockMovementResponse movement(long id) {
		return this.movements.findById(id)
			.map(StockMovementResponse::of)
			.orElseThrow(() -> new ResourceNotFoundException("Stock movement", id));
	}

	private List<StockMovement> transfer(ProductSummary product, Warehouse from, Warehouse to, int quantity,
			MovementDetails details) {
		// Make and lock both rows in one global order (by warehouse id). Two opposite
		// transfers
		// then wait for each other at the first row instead of each holding the row the
		// other
		// needs, which is what a deadlock is.
		boolean fromFirst = from.getId() < to.getId();
		StockLevel first = lockLevel(product, fromFirst ? from : to);
		StockLevel second = lockLevel(product, fromFirst ? to : from);
		StockLevel source = fromFirst ? first : second;
		StockLevel target = fromFirst ? second : first;
		UUID transferId = UUID.randomUUID();
		return List.of(source.transferOut(quantity, details, transferId, to.getId()),
				target.transferIn(quantity, details, transferId, from.getId()));
	}

	// Lock first: the row exists for almost every movement, so the insert (a statement of
	// its own) runs only for a product's first movement in a warehouse.
	private StockLevel lockLevel(ProductSummary product, Warehouse warehouse) {
		return this.levels.lock(product.id(), warehouse.getId()).orElseGet(() -> {
			this.levels.insertIfAbsent(product.id(), warehouse.getId(), product.reorderPoint());
			return this.levels.lock(product.id(), warehouse.getId())
				.orElseThrow(() -> new IllegalStateException("Stock level vanished after insert"));
		});
	}

	private Warehouse activeWarehouse(String field, long id) {
		Warehouse warehouse = this.warehouses.findById(id)
			.orElseThrow(() -> new ReferenceNotFoundException(field, "Warehouse", id));
		if (!warehouse.isActive()) {
			throw new ConflictException("warehouse-inactive",
					"Warehouse " + warehouse.getCode() + " is inactive and takes no movements");
		}
		return warehouse;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
