package dev.stockroom.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.stock.ledger.InsufficientStockException;
import dev.stockroom.stock.ledger.MovementDetails;
import dev.stockroom.stock.ledger.StockLevel;
import dev.stockroom.stock.ledger.StockLevelRepository;
import dev.stockroom.stock.ledger.StockMovement;
import dev.stockroom.stock.ledger.StockMovementRepository;
import dev.stockroom.stock.ledger.Warehouse;
import dev.stockroom.stock.ledger.WarehouseRepository;

/**
 * The stock ledger's write path: every change of stock is a {@link #record} here.
 *
 * <p>
 * One movement is one transaction. It locks the stock level rows it touches
 * ({@code SELECT ... FOR UPDATE}, see {@link #lockLevel}), lets the {@link StockLevel}
 * apply its rules, and appends the ledger rows: so on-hand and the ledger change together
 * or not at all, and concurrent movements on one product and warehouse queue up on the
 * row's lock instead of overwriting each other. Movements on other rows do not wait. The
 * reads of stock are {@link StockQueries}.
 *
 * <p>
 * Why it cannot deadlock: a deadlock needs two transactions that each hold a lock the
 * other waits for. Every movement takes its locks in one order: the product's row
 * (shared, so movements do not block each other there), then the stock levels, and a
 * transfer's two levels by warehouse id whatever its direction ({@link #transfer}). Two
 * opposite transfers therefore meet at the same first row: one waits there holding no
 * level, and goes on once the other commits. A product update takes the same order (the
 * product, then its levels' reorder points), and so do reservations of several products
 * ({@link StockReservations}): all the products' rows in ascending id, then their levels
 * in ascending product id. Every writer thus takes product rows before level rows, and
 * levels in (product id, warehouse id) order.
 *
 * <p>
 * An issue, a transfer out or a negative adjustment takes only <em>available</em> stock,
 * on hand less what orders reserved; a count records what is there even below that (a
 * shortage, see {@link dev.stockroom.stock.ledger.StockLevel}).
 */
@Service
@Transactional
public class StockLedger {

	private final StockLevelRepository levels;

	private final StockMovementRepository movements;

	private final WarehouseRepository warehouses;

	private final ProductService products;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StockLedger(StockLevelRepository levels, StockMovementRepository movements, WarehouseRepository warehouses,
			ProductService products, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
		this.levels = levels;
		this.movements = movements;
		this.warehouses = warehouses;
		this.products = products;
		this.currentUser = currentUser;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records one stock movement, made by the signed-in user now.
	 * @param request a request that passed {@link ValidMovement}
	 * @return the ledger rows made
	 * @throws ReferenceNotFoundException when the product or a warehouse does not exist
	 * (422)
	 * @throws InsufficientStockException when the movement takes more than is available
	 * (on hand less reserved) (409); nothing is changed
	 */
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
	public MovementResult record(MovementRequest request, String createdBy, Instant createdAt) {
		return record(request, createdBy, Clock.fixed(createdAt, ZoneOffset.UTC));
	}

	/**
	 * Records a movement made now on someone's behalf, by work that no request of theirs
	 * runs (an import's job): the clock is read once the level is locked, as for
	 * {@link #record(MovementRequest)}.
	 */
	MovementResult recordFor(MovementRequest request, String createdBy) {
		return record(request, createdBy, this.clock);
	}

	private MovementResult record(MovementRequest request, String createdBy, Clock clock) {
		ProductSummary product = this.products.lockSummary(request.productId())
			.orElseThrow(() -> new ReferenceNotFoundException("productId", "Product", request.productId()));
		Warehouse warehouse = activeWarehouse("warehouseId", request.warehouseId());
		List<StockLevel> touched = new ArrayList<>(2);
		List<StockMovement> rows = (request.type() == MovementType.TRANSFER)
				? transfer(product, warehouse, request, createdBy, clock, touched)
				: List.of(move(product, warehouse, request, createdBy, clock, touched));
		this.movements.saveAll(rows);
		// Flushed before the events: the levels' versions are then the ones this commits.
		this.movements.flush();
		this.events.publishEvent(
				new StockMoved(product.id(), rows.stream().map(StockMovement::getWarehouseId).distinct().toList()));
		touched.forEach((level) -> this.events.publishEvent(StockLevelChanged.of(level)));
		return new MovementResult(rows.stream().map(StockMovementResponse::of).toList());
	}

	/** A movement in one warehouse: one stock level, one ledger row. */
	private StockMovement move(ProductSummary product, Warehouse warehouse, MovementRequest request, String createdBy,
			Clock clock, List<StockLevel> touched) {
		StockLevel level = lockLevel(this.levels, product, warehouse);
		touched.add(level);
		MovementDetails details = details(request, createdBy, clock);
		int quantity = request.quantity();
		return switch (request.type()) {
			case RECEIPT -> level.receive(quantity, details);
			case ISSUE -> level.issue(quantity, details);
			case ADJUSTMENT -> level.adjust(quantity, details);
			case COUNT -> level.count(quantity, details);
			case TRANSFER -> throw new IllegalArgumentException("A transfer moves two levels: see transfer");
		};
	}

	/**
	 * A transfer: out of the source, into the target, two ledger rows sharing a transfer
	 * id. Both levels are locked before either changes, the lower warehouse id first,
	 * whatever the direction. Were A-to-B to lock A then B while B-to-A locked B then A,
	 * each could hold the row the other needs; in one global order, the second transfer
	 * waits at the first row instead, holding nothing.
	 */
	private List<StockMovement> transfer(ProductSummary product, Warehouse source, MovementRequest request,
			String createdBy, Clock clock, List<StockLevel> touched) {
		Warehouse target = activeWarehouse("targetWarehouseId", request.targetWarehouseId());
		StockLevel from;
		StockLevel to;
		if (source.getId() < target.getId()) {
			from = lockLevel(this.levels, product, source);
			to = lockLevel(this.levels, product, target);
		}
		else {
			to = lockLevel(this.levels, product, target);
			from = lockLevel(this.levels, product, source);
		}
		touched.add(from);
		touched.add(to);
		MovementDetails details = details(request, createdBy, clock);
		UUID transferId = UUID.randomUUID();
		return List.of(from.transferOut(request.quantity(), details, transferId, target.getId()),
				to.transferIn(request.quantity(), details, transferId, source.getId()));
	}

	/**
	 * Locks the product's stock level in the warehouse until the transaction ends, and
	 * makes it first if it does not exist yet. Lock first: the row exists for almost
	 * every movement, so the insert (a statement of its own) runs only for a product's
	 * first movement in a warehouse; {@code ON CONFLICT DO NOTHING} lets racing first
	 * movements all go on with the one row that wins. Reservations lock their levels here
	 * too ({@link StockReservations}).
	 */
	static StockLevel lockLevel(StockLevelRepository levels, ProductSummary product, Warehouse warehouse) {
		return levels.lock(product.id(), warehouse.getId()).orElseGet(() -> {
			levels.insertIfAbsent(product.id(), warehouse.getId(), product.reorderPoint());
			return levels.lock(product.id(), warehouse.getId())
				.orElseThrow(() -> new IllegalStateException("Stock level vanished after insert"));
		});
	}

	/*
	 * The time is read only now, with the levels locked: movements on one level take that
	 * lock one after another, so their times follow their sequence numbers. Read before
	 * the lock, a movement that waited would carry the time it arrived, earlier than the
	 * row it comes after in the chain. (Several instances rely on their clocks agreeing,
	 * as NTP keeps them; a tie is broken by the sequence.)
	 */
	private static MovementDetails details(MovementRequest request, String createdBy, Clock clock) {
		return new MovementDetails(blankToNull(request.reason()), blankToNull(request.reference()), createdBy,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
	}

	private Warehouse activeWarehouse(String field, long id) {
		return this.warehouses.findById(id)
			.orElseThrow(() -> new ReferenceNotFoundException(field, "Warehouse", id))
			.requireActive();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
