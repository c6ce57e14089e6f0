package dev.stockroom.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.jpa.LikePattern;
import dev.stockroom.sales.domain.SalesOrder;
import dev.stockroom.sales.domain.SalesOrderLine;
import dev.stockroom.sales.domain.SalesOrderRepository;
import dev.stockroom.sales.domain.Shipment;
import dev.stockroom.sales.domain.ShipmentLine;
import dev.stockroom.sales.domain.ShipmentRepository;
import dev.stockroom.stock.MovementResult;
import dev.stockroom.stock.ReservationLine;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.StockReservations;
import dev.stockroom.stock.WarehouseService;

/**
 * Use cases on sales orders. Each public method is one transaction; the order entity
 * guards its state machine, this service checks what it refers to (warehouse, products)
 * and changes the stock levels through the stock module's {@link StockReservations}.
 *
 * <p>
 * How reservations stay correct: a confirm, a shipment or a cancel first locks the
 * order's row ({@code SELECT ... FOR UPDATE}), so that the moves of one order run one
 * after the other and none is applied twice; then the entity checks the move and updates
 * its lines' reserved and shipped counts; then, in the same transaction, the stock module
 * reserves, releases or issues the same quantities on the stock levels, locking each
 * level as the ledger does (in one order, so nothing deadlocks) and refusing with a 409
 * what the level cannot give. Either the order's counts and the levels change together or
 * neither does. {@code SalesConcurrencyIntegrationTests} proves it under 64 concurrent
 * requests.
 */
@Service
@Transactional(readOnly = true)
public class SalesOrderService {

	private final SalesOrderRepository orders;

	private final ShipmentRepository shipments;

	private final ProductService products;

	private final WarehouseService warehouses;

	private final StockReservations reservations;

	private final StockQueries stock;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SalesOrderService(SalesOrderRepository orders, ShipmentRepository shipments, ProductService products,
			WarehouseService warehouses, StockReservations reservations, StockQueries stock, CurrentUser currentUser,
			Clock clock, ApplicationEventPublisher events) {
		this.orders = orders;
		this.shipments = shipments;
		this.products = products;
		this.warehouses = warehouses;
		this.reservations = reservations;
		this.stock = stock;
		this.currentUser = currentUser;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @param filter what to select
	 * @param pageable which page, sorted by entity properties
	 * @return one page of orders with their lines: three statements whatever the page's
	 * size (the orders, their count, the lines of all of them in one batch)
	 */
	public Page<SalesOrderResponse> list(SalesOrderFilter filter, Pageable pageable) {
		return this.orders.findAll(specification(filter), pageable).map(SalesOrderResponse::of);
	}

	public SalesOrderResponse get(long id) {
		return SalesOrderResponse.of(find(id));
	}

	/**
	 * Writes a draft.
	 * @throws ReferenceNotFoundException when the warehouse or a product does not exist
	 * (422)
	 */
	@Transactional
	public SalesOrderResponse create(SalesOrderRequest request) {
		SalesOrder order = new SalesOrder(nextNumber(), this.currentUser.username());
		write(order, request);
		return SalesOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Replaces a draft's customer, warehouse and lines (PUT).
	 * @throws dev.stockroom.platform.error.StaleVersionException when the version is not
	 * the stored one (409)
	 * @throws dev.stockroom.sales.domain.SalesOrderStateException unless the order is a
	 * draft (409)
	 */
	@Transactional
	public SalesOrderResponse update(long id, SalesOrderRequest request) {
		SalesOrder order = find(id);
		if (request.version() != null) {
			order.checkVersion(request.version());
		}
		write(order, request);
		return SalesOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Deletes a draft; a confirmed order is cancelled instead.
	 * @throws dev.stockroom.sales.domain.SalesOrderStateException unless the order is a
	 * draft (409)
	 */
	@Transactional
	public void delete(long id) {
		SalesOrder order = find(id);
		order.checkDeletable();
		this.orders.delete(order);
	}

	/**
	 * Confirms a draft: every line's quantity is reserved in the order's warehouse, all
	 * or nothing.
	 * @throws dev.stockroom.platform.error.ConflictException when a level has less
	 * available than a line asks (409, naming what is available and reserved); nothing is
	 * reserved
	 * @throws dev.stockroom.sales.domain.SalesOrderStateException unless the order is a
	 * draft with lines (409)
	 */
	@Transactional
	public SalesOrderResponse confirm(long id) {
		SalesOrder order = lock(id);
		List<ReservationLine> lines = new ArrayList<>();
		for (SalesOrderLine line : order.confirm(now())) {
			lines.add(new ReservationLine(line.getProductId(), line.getReserved(), reference(order, line)));
		}
		this.reservations.reserve(order.getWarehouseId(), lines);
		return SalesOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Calls an order off: what it reserved is released.
	 * @throws dev.stockroom.sales.domain.SalesOrderStateException once anything has
	 * shipped, or when cancelled already (409)
	 */
	@Transactional
	public SalesOrderResponse cancel(long id) {
		SalesOrder order = lock(id);
		List<ReservationLine> released = new ArrayList<>();
		order.cancel(now())
			.forEach((line, quantity) -> released
				.add(new ReservationLine(line.getProductId(), quantity, reference(order, line))));
		if (!released.isEmpty()) {
			this.reservations.release(order.getWarehouseId(), released);
		}
		return SalesOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Sends goods against a confirmed order: each line of the shipment becomes an ISSUE
	 * ledger row in the order's warehouse, taken from what the line reserved, whose
	 * reference names the order and the line.
	 * @throws dev.stockroom.sales.domain.ShipmentExceedsReservedException when a line
	 * asks for more than it has left to ship (409); nothing moves
	 * @throws dev.stockroom.platform.error.ConflictException when a level holds less on
	 * hand than the shipment takes (a recorded shortage, 409); nothing moves
	 * @throws dev.stockroom.sales.domain.SalesOrderStateException unless the order is
	 * confirmed or partly shipped (409)
	 * @throws ReferenceNotFoundException when a line id is not one of the order's (422)
	 */
	@Transactional
	public ShipmentResponse ship(long id, ShipmentRequest request) {
		return ship(id, request, null);
	}

	/**
	 * Ships on someone's behalf: for demo data only, which records its movements as the
	 * demo user. A live shipment is {@link #ship(long, ShipmentRequest)} by the signed-in
	 * user.
	 * @param shippedBy who sent the goods
	 */
	@Transactional
	public ShipmentResponse shipFor(long id, ShipmentRequest request, String shippedBy) {
		return ship(id, request, shippedBy);
	}

	private ShipmentResponse ship(long id, ShipmentRequest request, String onBehalfOf) {
		SalesOrder order = lock(id);
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		for (int i = 0; i < request.lines().size(); i++) {
			ShipmentLineRequest line = request.lines().get(i);
			if (quantities.putIfAbsent(line.lineId(), line.quantity()) != null) {
				throw new InvalidFieldException("lines[" + i + "].lineId",
						"names line " + line.lineId() + " a second time; ship each line once");
			}
		}
		order.ship(quantities, now());
		List<ReservationLine> issued = new ArrayList<>();
		List<SalesOrderLine> shippedLines = new ArrayList<>();
		quantities.forEach((lineId, quantity) -> {
			SalesOrderLine line = order.line(lineId).orElseThrow();
			shippedLines.add(line);
			issued.add(new ReservationLine(line.getProductId(), quantity, reference(order, line)));
		});
		MovementResult result = (onBehalfOf != null)
				? this.reservations.issueReserved(order.getWarehouseId(), issued, onBehalfOf, now())
				: this.reservations.issueReserved(order.getWarehouseId(), issued);
		List<StockMovementResponse> movements = result.movements();
		String shippedBy = (onBehalfOf != null) ? onBehalfOf : this.currentUser.username();
		Shipment shipment = new Shipment(order.getId(), shippedBy, now());
		for (int i = 0; i < shippedLines.size(); i++) {
			shipment.add(shippedLines.get(i).getId(), issued.get(i).quantity(), movements.get(i).id());
		}
		this.shipments.saveAndFlush(shipment);
		this.orders.saveAndFlush(order);
		List<Long> productIds = movements.stream().map(StockMovementResponse::productId).distinct().toList();
		this.events.publishEvent(new SalesOrderShipped(order.getId(), order.getNumber(), shipment.getId(),
				order.getWarehouseId(), productIds, order.getStatus()));
		return response(order, shipment, movements);
	}

	/**
	 * @return the order's shipments, oldest first, each with its ledger rows
	 */
	public List<ShipmentResponse> shipments(long orderId) {
		SalesOrder order = find(orderId);
		List<Shipment> found = this.shipments.findByOrderIdOrderById(orderId);
		Map<Long, StockMovementResponse> rows = this.stock.movements(found.stream()
			.flatMap((shipment) -> shipment.getLines().stream())
			.map(ShipmentLine::getMovementId)
			.toList());
		return found.stream()
			.map((shipment) -> response(order, shipment,
					shipment.getLines().stream().map((line) -> rows.get(line.getMovementId())).toList()))
			.toList();
	}

	/**
	 * @return one shipment of the order
	 * @throws ResourceNotFoundException when the order has no such shipment (404)
	 */
	public ShipmentResponse shipment(long orderId, long shipmentId) {
		return shipments(orderId).stream()
			.filter((shipment) -> shipment.id() == shipmentId)
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("Shipment of sales order " + orderId, shipmentId));
	}

	/** How an ISSUE ledger row (and a reservation) names the order and the line. */
	static String reference(SalesOrder order, SalesOrderLine line) {
		return order.getNumber() + " line " + (line.getPosition() + 1);
	}

	private ShipmentResponse response(SalesOrder order, Shipment shipment, List<StockMovementResponse> movements) {
		List<ShipmentResponse.Line> lines = new ArrayList<>();
		for (ShipmentLine line : shipment.getLines()) {
			long productId = order.line(line.getLineId()).map(SalesOrderLine::getProductId).orElse(0L);
			lines.add(new ShipmentResponse.Line(line.getLineId(), productId, line.getQuantity(), line.getMovementId()));
		}
		return new ShipmentResponse(shipment.getId(), order.getId(), order.getNumber(), order.getStatus(),
				shipment.getShippedBy(), shipment.getShippedAt(), lines, movements);
	}

	private void write(SalesOrder order, SalesOrderRequest request) {
		if (this.warehouses.byIds(List.of(request.warehouseId())).isEmpty()) {
			throw new ReferenceNotFoundException("warehouseId", "Warehouse", request.warehouseId());
		}
		Set<Long> productIds = new HashSet<>();
		request.lines().forEach((line) -> productIds.add(line.productId()));
		Set<Long> found = this.products.summaries(productIds).keySet();
		List<SalesOrder.NewLine> lines = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			SalesOrderLineRequest line = request.lines().get(i);
			if (!found.contains(line.productId())) {
				throw new ReferenceNotFoundException("lines[" + i + "].productId", "Product", line.productId());
			}
			lines.add(new SalesOrder.NewLine(line.productId(), line.quantity(), line.unitPrice()));
		}
		Customer customer = request.customer();
		order.describe(customer.name(), customer.email(), customer.address(), request.warehouseId());
		order.replaceLines(lines);
	}

	private String nextNumber() {
		return "SO-%06d".formatted(this.orders.nextNumber());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private SalesOrder find(long id) {
		return this.orders.findById(id).orElseThrow(() -> new SalesOrderNotFoundException(id));
	}

	private SalesOrder lock(long id) {
		return this.orders.lock(id).orElseThrow(() -> new SalesOrderNotFoundException(id));
	}

	private static Specification<SalesOrder> specification(SalesOrderFilter filter) {
		List<Specification<SalesOrder>> specs = new ArrayList<>();
		if (filter.warehouse() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("warehouseId"), filter.warehouse()));
		}
		if (filter.status() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String pattern = LikePattern.contains(filter.q());
			specs.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("number")), pattern, LikePattern.ESCAPE),
					cb.like(cb.lower(root.get("customerName")), pattern, LikePattern.ESCAPE)));
		}
		return Specification.allOf(specs);
	}

}
