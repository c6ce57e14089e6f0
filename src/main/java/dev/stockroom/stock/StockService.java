package dev.stockroom.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.platform.ConflictException;
import dev.stockroom.platform.CurrentUser;
import dev.stockroom.platform.ReferenceNotFoundException;
import dev.stockroom.platform.ResourceNotFoundException;
import dev.stockroom.stock.ledger.InsufficientStockException;
import dev.stockroom.stock.ledger.MovementDetails;
import dev.stockroom.stock.ledger.StockLevel;
import dev.stockroom.stock.ledger.StockLevelRepository;
import dev.stockroom.stock.ledger.StockMovement;
import dev.stockroom.stock.ledger.StockMovementRepository;
import dev.stockroom.stock.ledger.Warehouse;
import dev.stockroom.stock.ledger.WarehouseRepository;

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

	private static final int EXPORT_FETCH_SIZE = 500;

	private final StockFigures figures;

	private final EntityManager entityManager;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StockService(StockLevelRepository levels, StockMovementRepository movements, WarehouseRepository warehouses,
			StockFigures figures, EntityManager entityManager, ProductService products, CurrentUser currentUser,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.levels = levels;
		this.figures = figures;
		this.entityManager = entityManager;
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
		return record(request, this.currentUser.username(), this.clock);
	}

	/**
	 * Records a movement that happened earlier, on someone's behalf: for demo data only.
	 * A live movement must use {@link #record(MovementRequest)}, which reads the clock
	 * once the stock level is locked. Rows must still be recorded in the order they
	 * happened.
	 * @param request a request that passed {@link ValidMovement}
	 * @param createdBy who made the movement
	 * @param createdAt when it happened
	 * @return the ledger rows made
	 */
	@Transactional
	public MovementResult record(MovementRequest request, String createdBy, Instant createdAt) {
		return record(request, createdBy, Clock.fixed(createdAt, ZoneOffset.UTC));
	}

	private MovementResult record(MovementRequest request, String createdBy, Clock clock) {
		ProductSummary product = this.products.lockSummary(request.productId())
			.orElseThrow(() -> new ReferenceNotFoundException("productId", "Product", request.productId()));
		Warehouse warehouse = activeWarehouse("warehouseId", request.warehouseId());
		Warehouse target = (request.type() == MovementType.TRANSFER)
				? activeWarehouse("targetWarehouseId", request.targetWarehouseId()) : null;
		LockedLevels locked = lockLevels(product, warehouse, target);
		// The time is read only now, with the level's row locked: movements on one level
		// take that lock one after another, so their times follow their sequence numbers.
		// Read before the lock, a movement that waited would carry the time it arrived,
		// earlier than the row it comes after in the chain. (Several instances rely on
		// their clocks agreeing, as NTP keeps them; a tie is broken by the sequence.)
		MovementDetails details = new MovementDetails(blankToNull(request.reason()), blankToNull(request.reference()),
				createdBy, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		StockLevel level = locked.level();
		int quantity = request.quantity();
		List<StockMovement> rows = switch (request.type()) {
			case RECEIPT -> List.of(level.receive(quantity, details));
			case ISSUE -> List.of(level.issue(quantity, details));
			case ADJUSTMENT -> List.of(level.adjust(quantity, details));
			case COUNT -> List.of(level.count(quantity, details));
			case TRANSFER -> {
				UUID transferId = UUID.randomUUID();
				yield List.of(level.transferOut(quantity, details, transferId, target.getId()),
						locked.target().transferIn(quantity, details, transferId, warehouse.getId()));
			}
		};
		this.movements.saveAll(rows);
		this.movements.flush();
		this.events.publishEvent(
				new StockMoved(product.id(), rows.stream().map(StockMovement::getWarehouseId).distinct().toList()));
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
		return this.movements.findAll(specification(filter), pageable).map(StockMovementResponse::of);
	}

	/**
	 * Hands every ledger row the filter selects, in this order, to {@code action},
	 * reading them from a database cursor a batch at a time: an export of the whole
	 * ledger never holds it in memory. The transaction (and its connection) stays open
	 * until the last row is handed over.
	 * @param filter which rows
	 * @param sort in which order
	 * @param action what to do with each row (write it out, say)
	 */
	public void forEachMovement(MovementFilter filter, Sort sort, Consumer<StockMovementResponse> action) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<StockMovement> query = cb.createQuery(StockMovement.class);
		Root<StockMovement> root = query.from(StockMovement.class);
		Predicate where = specification(filter).toPredicate(root, query, cb);
		if (where != null) {
			query.where(where);
		}
		query.orderBy(QueryUtils.toOrders(sort, root, cb));
		// A fetch size makes PostgreSQL's driver read through a cursor instead of loading
		// every row at once; detaching each row lets it go once written.
		try (Stream<StockMovement> rows = this.entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			rows.forEach((row) -> {
				action.accept(StockMovementResponse.of(row));
				this.entityManager.detach(row);
			});
		}
	}

	/**
	 * @param limit how many
	 * @return the newest ledger rows, newest first
	 */
	public List<StockMovementResponse> latestMovements(int limit) {
		return this.movements.findByOrderByCreatedAtDescSequenceNoDescIdDesc(Limit.of(limit))
			.stream()
			.map(StockMovementResponse::of)
			.toList();
	}

	/**
	 * @param limit the longest list wanted
	 * @return the stock levels at or below their reorder point, those furthest below it
	 * first; the page's total is how many there are in all (always counted, so the cost
	 * is two statements however many there are)
	 */
	public Page<StockLevelResponse> lowStock(int limit) {
		List<StockLevelResponse> urgent = this.levels.findMostUrgentLow(Limit.of(limit))
			.stream()
			.map(StockLevelResponse::of)
			.toList();
		return new PageImpl<>(urgent, PageRequest.of(0, limit), this.levels.countLow());
	}

	/**
	 * @param productIds products
	 * @return each product's on-hand quantity over every warehouse, in one statement; a
	 * product without stock levels is missing
	 */
	public Map<Long, Integer> onHandByProduct(Collection<Long> productIds) {
		Map<Long, Integer> totals = new HashMap<>();
		if (!productIds.isEmpty()) {
			this.levels.sumOnHandByProduct(productIds)
				.forEach((row) -> totals.put((Long) row[0], ((Number) row[1]).intValue()));
		}
		return totals;
	}

	/**
	 * @return the sum of cost times on-hand over every stock level, in one statement
	 */
	public BigDecimal stockValue() {
		return this.figures.stockValue();
	}

	/**
	 * @param since an instant
	 * @return how many ledger rows were made at or after it
	 */
	public long movementsSince(Instant since) {
		return this.figures.movementsSince(since);
	}

	/**
	 * @param first the first UTC day
	 * @param last the last UTC day
	 * @return one entry per day from first to last, days without movements as zeros; one
	 * statement whatever the period or the ledger's size
	 */
	public List<DailyMovements> dailyReceiptsAndIssues(LocalDate first, LocalDate last) {
		return this.figures.dailyReceiptsAndIssues(first, last);
	}

	private static Specification<StockMovement> specification(MovementFilter filter) {
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
		return Specification.allOf(specs);
	}

	public StockMovementResponse movement(long id) {
		return this.movements.findById(id)
			.map(StockMovementResponse::of)
			.orElseThrow(() -> new ResourceNotFoundException("Stock movement", id));
	}

	/**
	 * Locks the level a movement changes, and for a transfer the target's level too. A
	 * transfer locks its two rows in one global order (by warehouse id): two opposite
	 * transfers then wait for each other at the first row instead of each holding the row
	 * the other needs, which is what a deadlock is.
	 * @param target the transfer's target warehouse, or null
	 */
	private LockedLevels lockLevels(ProductSummary product, Warehouse warehouse, Warehouse target) {
		if (target == null) {
			return new LockedLevels(lockLevel(product, warehouse), null);
		}
		if (warehouse.getId() < target.getId()) {
			StockLevel level = lockLevel(product, warehouse);
			return new LockedLevels(level, lockLevel(product, target));
		}
		StockLevel targetLevel = lockLevel(product, target);
		return new LockedLevels(lockLevel(product, warehouse), targetLevel);
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

	/**
	 * The stock levels one movement changes, locked: the request's warehouse, and a
	 * transfer's target (null otherwise).
	 */
	private record LockedLevels(StockLevel level, StockLevel target) {
	}

}
