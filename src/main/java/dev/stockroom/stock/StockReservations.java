package dev.stockroom.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * Stock promised to orders: reserving it, giving it back and shipping it. A reservation
 * changes a level's {@code reserved} (and so what is available) but not what is on hand,
 * and makes no ledger row; shipping reserved stock makes ISSUE rows that lower on hand
 * and reserved together.
 *
 * <p>
 * Each method runs inside the caller's transaction (the sales module locks its order row
 * first) and is all or nothing: every line is checked before any level changes, and a
 * refusal leaves the transaction to roll back.
 *
 * <p>
 * Lock order, the ledger's ({@link StockLedger}) extended to several products: first the
 * products' rows, shared, in ascending product id; then the stock levels, in ascending
 * product id, all in the one warehouse of the call. A movement takes its product's row
 * and then that product's levels (by warehouse id for a transfer), so every transaction
 * takes product rows before level rows and levels in (product id, warehouse id) order:
 * none can hold a lock that another, already holding a later one, waits for. Two orders
 * of products [a, b] and [b, a] therefore queue at a's row instead of deadlocking.
 *
 * <p>
 * Every change publishes {@link StockLevelChanged} for each level (for live pages) and
 * {@link StockReservationsChanged} (for caches); a shipment also {@link StockMoved} per
 * product. Listeners act once the transaction commits.
 */
@Service
@Transactional
public class StockReservations {

	// The ledger's reference column (MovementRequest's limit).
	private static final int MAX_REFERENCE = 100;

	private final StockLevelRepository levels;

	private final StockMovementRepository movements;

	private final WarehouseRepository warehouses;

	private final ProductService products;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StockReservations(StockLevelRepository levels, StockMovementRepository movements, WarehouseRepository warehouses,
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
	 * Reserves every line's quantity in the warehouse, all or nothing. Lines of one
	 * product are added up.
	 * @param warehouseId an active warehouse
	 * @param lines quantities above zero
	 * @throws InsufficientStockException when a product has less available than its lines
	 * ask for (409, naming the product, what is available and what is reserved); nothing
	 * is reserved
	 * @throws ReferenceNotFoundException when the warehouse or a product does not exist
	 * (422)
	 * @throws dev.stockroom.platform.error.ConflictException when the warehouse is
	 * inactive (409)
	 */
	public void reserve(long warehouseId, List<ReservationLine> lines) {
		Warehouse warehouse = warehouse(warehouseId).requireActive();
		Map<Long, Integer> wanted = byProduct(lines);
		Map<Long, StockLevel> locked = lockLevels(warehouse, wanted);
		wanted.forEach((productId, quantity) -> locked.get(productId).requireAvailable(quantity));
		wanted.forEach((productId, quantity) -> locked.get(productId).reserve(quantity));
		published(warehouse, locked);
	}

	/**
	 * Gives reserved stock back (an order cancelled), all or nothing.
	 * @param warehouseId the warehouse the stock was reserved in (active or not)
	 * @param lines quantities above zero
	 * @throws IllegalStateException when a product has less reserved than its lines
	 * release: the caller's books disagree with the stock's
	 */
	public void release(long warehouseId, List<ReservationLine> lines) {
		Warehouse warehouse = warehouse(warehouseId);
		Map<Long, Integer> wanted = byProduct(lines);
		Map<Long, StockLevel> locked = lockLevels(warehouse, wanted);
		wanted.forEach((productId, quantity) -> {
			if (quantity > locked.get(productId).getReserved()) {
				throw new IllegalStateException(
						"Cannot release " + quantity + " of product " + productId + " in warehouse " + warehouseId
								+ ": only " + locked.get(productId).getReserved() + " reserved");
			}
		});
		wanted.forEach((productId, quantity) -> locked.get(productId).release(quantity));
		published(warehouse, locked);
	}

	/**
	 * Ships reserved stock, by the signed-in user now: per line one ISSUE ledger row
	 * whose reference is the line's, lowering on hand and reserved together (available
	 * stays).
	 * @param warehouseId an active warehouse
	 * @param lines quantities above zero, each within what is reserved
	 * @return the ledger rows, in the order of the lines
	 * @throws InsufficientStockException when a product has less on hand than its lines
	 * ship (a shortage, 409); nothing changes
	 * @throws IllegalStateException when a product has less reserved than its lines ship
	 */
	public MovementResult issueReserved(long warehouseId, List<ReservationLine> lines) {
		return issueReserved(warehouseId, lines, this.currentUser.username(), this.clock);
	}

	/**
	 * Ships reserved stock earlier, on someone's behalf: for demo data only, as
	 * {@link StockLedger#record(MovementRequest, String, Instant)}.
	 */
	public MovementResult issueReserved(long warehouseId, List<ReservationLine> lines, String createdBy,
			Instant createdAt) {
		return issueReserved(warehouseId, lines, createdBy, Clock.fixed(createdAt, ZoneOffset.UTC));
	}

	private MovementResult issueReserved(long warehouseId, List<ReservationLine> lines, String createdBy, Clock clock) {
		for (ReservationLine line : lines) {
			if (line.reference() != null && line.reference().strip().length() > MAX_REFERENCE) {
				throw new IllegalArgumentException("A ledger reference is at most " + MAX_REFERENCE + " characters");
			}
		}
		Warehouse warehouse = warehouse(warehouseId).requireActive();
		Map<Long, Integer> wanted = byProduct(lines);
		Map<Long, StockLevel> locked = lockLevels(warehouse, wanted);
		wanted.forEach((productId, quantity) -> {
			StockLevel level = locked.get(productId);
			if (quantity > level.getReserved()) {
				throw new IllegalStateException("Cannot ship " + quantity + " of product " + productId
						+ " in warehouse " + warehouseId + ": only " + level.getReserved() + " reserved");
			}
			level.requireOnHandToShip(quantity);
		});
		// Timed under the locks, as the ledger's movements are (see StockLedger#details).
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<StockMovement> rows = new ArrayList<>(lines.size());
		for (ReservationLine line : lines) {
			MovementDetails details = new MovementDetails(null, blankToNull(line.reference()), createdBy, now);
			rows.add(locked.get(line.productId()).issueReserved(line.quantity(), details));
		}
		this.movements.saveAll(rows);
		locked.keySet()
			.forEach((productId) -> this.events.publishEvent(new StockMoved(productId, List.of(warehouseId))));
		published(warehouse, locked);
		return new MovementResult(rows.stream().map(StockMovementResponse::of).toList());
	}

	private Warehouse warehouse(long warehouseId) {
		return this.warehouses.findById(warehouseId)
			.orElseThrow(() -> new ReferenceNotFoundException("warehouseId", "Warehouse", warehouseId));
	}

	/** Each product's total, in ascending product id: the lock order. */
	private static Map<Long, Integer> byProduct(List<ReservationLine> lines) {
		Map<Long, Integer> totals = new TreeMap<>();
		for (ReservationLine line : lines) {
			if (line.quantity() <= 0) {
				throw new IllegalArgumentException(
						"A reservation line's quantity is above zero, not " + line.quantity());
			}
			totals.merge(line.productId(), line.quantity(), Math::addExact);
		}
		return totals;
	}

	/**
	 * Locks the products' rows (shared) and then their levels in the warehouse, each in
	 * ascending product id: see the class's note on lock order. A level that does not
	 * exist yet is made (empty), so a product never stocked here is refused as one with
	 * nothing available.
	 */
	private Map<Long, StockLevel> lockLevels(Warehouse warehouse, Map<Long, Integer> wanted) {
		List<ProductSummary> summaries = new ArrayList<>(wanted.size());
		for (long productId : wanted.keySet()) {
			summaries.add(this.products.lockSummary(productId)
				.orElseThrow(() -> new ReferenceNotFoundException("productId", "Product", productId)));
		}
		Map<Long, StockLevel> locked = new TreeMap<>();
		for (ProductSummary product : summaries) {
			locked.put(product.id(), StockLedger.lockLevel(this.levels, product, warehouse));
		}
		return locked;
	}

	// Flushed first, so each event carries the version this transaction commits.
	private void published(Warehouse warehouse, Map<Long, StockLevel> changed) {
		this.levels.flush();
		changed.values().forEach((level) -> this.events.publishEvent(StockLevelChanged.of(level)));
		this.events.publishEvent(new StockReservationsChanged(warehouse.getId(), List.copyOf(changed.keySet())));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
