package dev.stockroom.purchasing;

import java.math.BigDecimal;
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

import dev.stockroom.catalog.ProductOffer;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.ProductSummary;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.jpa.LikePattern;
import dev.stockroom.purchasing.domain.PurchaseOrder;
import dev.stockroom.purchasing.domain.PurchaseOrderLine;
import dev.stockroom.purchasing.domain.PurchaseOrderRepository;
import dev.stockroom.purchasing.domain.PurchaseReceipt;
import dev.stockroom.purchasing.domain.PurchaseReceiptLine;
import dev.stockroom.purchasing.domain.PurchaseReceiptRepository;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementResult;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.QuantityOnOrderChanged;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.StockMovementResponse;
import dev.stockroom.stock.StockQueries;
import dev.stockroom.stock.WarehouseService;

/**
 * Use cases on purchase orders. Each public method is one transaction; the order entity
 * guards its state machine, this service checks what it refers to (supplier, warehouse,
 * products) and moves stock through the stock module's ledger.
 *
 * <p>
 * A receipt locks the order's row first, so receipts and cancels of one order run one
 * after the other; then the order checks the whole receipt (refusing more than is open
 * before anything moves), and each line becomes a RECEIPT ledger row whose reference
 * names the order and the line, in the same transaction: the order's received quantities
 * and the ledger change together or not at all.
 *
 * <p>
 * Placing, receiving and cancelling change what is on order: the products' cached details
 * are evicted and {@link QuantityOnOrderChanged} tells the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrderService {

	private final PurchaseOrderRepository orders;

	private final PurchaseReceiptRepository receipts;

	private final ProductService products;

	private final SupplierService suppliers;

	private final WarehouseService warehouses;

	private final StockLedger ledger;

	private final StockQueries stock;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PurchaseOrderService(PurchaseOrderRepository orders, PurchaseReceiptRepository receipts, ProductService products,
			SupplierService suppliers, WarehouseService warehouses, StockLedger ledger, StockQueries stock,
			CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
		this.orders = orders;
		this.receipts = receipts;
		this.products = products;
		this.suppliers = suppliers;
		this.warehouses = warehouses;
		this.ledger = ledger;
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
	public Page<PurchaseOrderResponse> list(PurchaseOrderFilter filter, Pageable pageable) {
		return this.orders.findAll(specification(filter), pageable).map(PurchaseOrderResponse::of);
	}

	public PurchaseOrderResponse get(long id) {
		return PurchaseOrderResponse.of(find(id));
	}

	/**
	 * @return the orders placed and not yet received in full that have the product on a
	 * line
	 */
	public List<PurchaseOrderResponse> openWithProduct(long productId) {
		return this.orders.findOpenWithProduct(productId).stream().map(PurchaseOrderResponse::of).toList();
	}

	/**
	 * Writes a draft. A line without a unit cost takes the supplier's offer for its
	 * product.
	 * @throws ReferenceNotFoundException when the supplier, the warehouse or a product
	 * does not exist (422)
	 * @throws InvalidFieldException when a line has no unit cost and the supplier offers
	 * nothing for its product (400)
	 */
	@Transactional
	public PurchaseOrderResponse create(PurchaseOrderRequest request) {
		PurchaseOrder order = new PurchaseOrder(nextNumber(), this.currentUser.username());
		write(order, request);
		return PurchaseOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Replaces a draft's fields and lines (PUT).
	 * @throws dev.stockroom.platform.error.StaleVersionException when the version is not
	 * the stored one (409)
	 * @throws dev.stockroom.purchasing.domain.OrderStateException unless the order is a
	 * draft (409)
	 */
	@Transactional
	public PurchaseOrderResponse update(long id, PurchaseOrderRequest request) {
		PurchaseOrder order = find(id);
		if (request.version() != null) {
			order.checkVersion(request.version());
		}
		write(order, request);
		return PurchaseOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Deletes a draft; a placed order is cancelled instead.
	 * @throws dev.stockroom.purchasing.domain.OrderStateException unless the order is a
	 * draft (409)
	 */
	@Transactional
	public void delete(long id) {
		PurchaseOrder order = find(id);
		order.checkDeletable();
		this.orders.delete(order);
	}

	/**
	 * Sends a draft to the supplier: its lines are on order from now.
	 */
	@Transactional
	public PurchaseOrderResponse place(long id) {
		PurchaseOrder order = lock(id);
		order.place(now());
		onOrderChanged(order);
		return PurchaseOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Calls an order off: what is open is cancelled, what was received stays.
	 */
	@Transactional
	public PurchaseOrderResponse cancel(long id) {
		PurchaseOrder order = lock(id);
		boolean wasOnOrder = order.getStatus().isOpen();
		order.cancel(now());
		if (wasOnOrder) {
			onOrderChanged(order);
		}
		return PurchaseOrderResponse.of(this.orders.saveAndFlush(order));
	}

	/**
	 * Takes goods in against an open order: each line of the receipt becomes a RECEIPT
	 * ledger row in the order's warehouse, whose reference names the order and the line.
	 * @throws dev.stockroom.purchasing.domain.ReceiptExceedsOpenException when a line
	 * asks for more than is open (409); nothing moves
	 * @throws dev.stockroom.purchasing.domain.OrderStateException unless the order is
	 * placed or partly received (409)
	 * @throws ReferenceNotFoundException when a line id is not one of the order's (422)
	 */
	@Transactional
	public ReceiptResponse receive(long id, ReceiptRequest request) {
		return receive(id, request, null);
	}

	/**
	 * Takes goods in on someone's behalf: for demo data only, which records its movements
	 * as the demo user. A live receipt is {@link #receive(long, ReceiptRequest)} by the
	 * signed-in user.
	 * @param receivedBy who took the goods in
	 */
	@Transactional
	public ReceiptResponse receiveFor(long id, ReceiptRequest request, String receivedBy) {
		return receive(id, request, receivedBy);
	}

	private ReceiptResponse receive(long id, ReceiptRequest request, String onBehalfOf) {
		PurchaseOrder order = lock(id);
		Map<Long, Integer> quantities = new LinkedHashMap<>();
		for (int i = 0; i < request.lines().size(); i++) {
			ReceiptLineRequest line = request.lines().get(i);
			if (quantities.putIfAbsent(line.lineId(), line.quantity()) != null) {
				throw new InvalidFieldException("lines[" + i + "].lineId",
						"names line " + line.lineId() + " a second time; receive each line once");
			}
		}
		String receivedBy = (onBehalfOf != null) ? onBehalfOf : this.currentUser.username();
		order.receive(quantities, now());
		PurchaseReceipt receipt = new PurchaseReceipt(order.getId(), receivedBy, now());
		List<StockMovementResponse> movements = new ArrayList<>();
		for (Map.Entry<Long, Integer> entry : quantities.entrySet()) {
			PurchaseOrderLine line = order.line(entry.getKey()).orElseThrow();
			MovementRequest movement = new MovementRequest(MovementType.RECEIPT, line.getProductId(),
					order.getWarehouseId(), null, entry.getValue(),
					"Received against purchase order " + order.getNumber(), reference(order, line));
			MovementResult result = (onBehalfOf != null) ? this.ledger.record(movement, onBehalfOf, now())
					: this.ledger.record(movement);
			StockMovementResponse row = result.movements().get(0);
			movements.add(row);
			receipt.add(line.getId(), entry.getValue(), row.id());
		}
		this.receipts.saveAndFlush(receipt);
		this.orders.saveAndFlush(order);
		onOrderChanged(order);
		List<Long> productIds = movements.stream().map(StockMovementResponse::productId).distinct().toList();
		this.events.publishEvent(new PurchaseOrderReceived(order.getId(), order.getNumber(), receipt.getId(),
				order.getWarehouseId(), productIds, order.getStatus()));
		return response(order, receipt, movements);
	}

	/**
	 * @return the order's receipts, oldest first, each with its ledger rows
	 */
	public List<ReceiptResponse> receipts(long orderId) {
		PurchaseOrder order = find(orderId);
		List<PurchaseReceipt> found = this.receipts.findByOrderIdOrderById(orderId);
		Map<Long, StockMovementResponse> rows = this.stock.movements(found.stream()
			.flatMap((receipt) -> receipt.getLines().stream())
			.map(PurchaseReceiptLine::getMovementId)
			.toList());
		return found.stream()
			.map((receipt) -> response(order, receipt,
					receipt.getLines().stream().map((line) -> rows.get(line.getMovementId())).toList()))
			.toList();
	}

	/**
	 * @return one receipt of the order
	 * @throws dev.stockroom.platform.error.ResourceNotFoundException when the order has
	 * no such receipt (404)
	 */
	public ReceiptResponse receipt(long orderId, long receiptId) {
		return receipts(orderId).stream()
			.filter((receipt) -> receipt.id() == receiptId)
			.findFirst()
			.orElseThrow(() -> new dev.stockroom.platform.error.ResourceNotFoundException(
					"Receipt of purchase order " + orderId, receiptId));
	}

	/**
	 * Drafts made from reorder suggestions, one per supplier and warehouse: each product
	 * is ordered from its preferred offer's supplier, else the cheapest offer's, at that
	 * offer's cost.
	 * @param lines what to order of which product into which warehouse
	 * @return the drafts made, by supplier and warehouse
	 * @throws InvalidFieldException when a product has no offer at all (400)
	 */
	@Transactional
	public List<PurchaseOrderResponse> draftsFor(List<SuggestedLine> lines) {
		Set<Long> productIds = new HashSet<>();
		lines.forEach((line) -> productIds.add(line.productId()));
		Map<Long, ProductOffer> chosen = new LinkedHashMap<>();
		for (ProductOffer offer : this.suppliers.offersOf(productIds)) {
			ProductOffer before = chosen.get(offer.productId());
			// Cheapest first within a product, so the first seen is the cheapest unless a
			// preferred one comes later.
			if (before == null || (offer.preferred() && !before.preferred())) {
				chosen.put(offer.productId(), offer);
			}
		}
		Map<List<Long>, List<PurchaseOrder.NewLine>> bySupplierAndWarehouse = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			SuggestedLine line = lines.get(i);
			ProductOffer offer = chosen.get(line.productId());
			if (offer == null) {
				throw new InvalidFieldException("lines[" + i + "].productId",
						"no supplier offers product " + line.productId() + ": record an offer first");
			}
			bySupplierAndWarehouse
				.computeIfAbsent(List.of(offer.supplierId(), line.warehouseId()), (key) -> new ArrayList<>())
				.add(new PurchaseOrder.NewLine(line.productId(), line.quantity(), offer.unitCost()));
		}
		List<PurchaseOrderResponse> drafts = new ArrayList<>();
		bySupplierAndWarehouse.forEach((key, draftLines) -> {
			PurchaseOrder order = new PurchaseOrder(nextNumber(), this.currentUser.username());
			order.describe(key.get(0), key.get(1), null, "Made from reorder suggestions");
			requireWarehouse("warehouseId", key.get(1));
			order.replaceLines(draftLines);
			drafts.add(PurchaseOrderResponse.of(this.orders.saveAndFlush(order)));
		});
		return drafts;
	}

	/**
	 * A line of a draft made from a suggestion.
	 *
	 * @param productId the product
	 * @param warehouseId the warehouse it is for
	 * @param quantity how many
	 */
	public record SuggestedLine(long productId, long warehouseId, int quantity) {
	}

	/** How a RECEIPT ledger row names the order and the line it came from. */
	static String reference(PurchaseOrder order, PurchaseOrderLine line) {
		return order.getNumber() + " line " + (line.getPosition() + 1);
	}

	private ReceiptResponse response(PurchaseOrder order, PurchaseReceipt receipt,
			List<StockMovementResponse> movements) {
		List<ReceiptResponse.Line> lines = new ArrayList<>();
		for (PurchaseReceiptLine line : receipt.getLines()) {
			long productId = order.line(line.getLineId()).map(PurchaseOrderLine::getProductId).orElse(0L);
			lines.add(new ReceiptResponse.Line(line.getLineId(), productId, line.getQuantity(), line.getMovementId()));
		}
		return new ReceiptResponse(receipt.getId(), order.getId(), order.getNumber(), order.getStatus(),
				receipt.getReceivedBy(), receipt.getReceivedAt(), lines, movements);
	}

	private void write(PurchaseOrder order, PurchaseOrderRequest request) {
		if (this.suppliers.byIds(List.of(request.supplierId())).isEmpty()) {
			throw new ReferenceNotFoundException("supplierId", "Supplier", request.supplierId());
		}
		requireWarehouse("warehouseId", request.warehouseId());
		Set<Long> productIds = new HashSet<>();
		request.lines().forEach((line) -> productIds.add(line.productId()));
		Map<Long, ProductSummary> found = this.products.summaries(productIds);
		Map<Long, BigDecimal> offered = new LinkedHashMap<>();
		this.suppliers.offersOf(productIds)
			.stream()
			.filter((offer) -> offer.supplierId() == request.supplierId())
			.forEach((offer) -> offered.put(offer.productId(), offer.unitCost()));
		List<PurchaseOrder.NewLine> lines = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			PurchaseOrderLineRequest line = request.lines().get(i);
			if (!found.containsKey(line.productId())) {
				throw new ReferenceNotFoundException("lines[" + i + "].productId", "Product", line.productId());
			}
			BigDecimal unitCost = (line.unitCost() != null) ? line.unitCost() : offered.get(line.productId());
			if (unitCost == null) {
				throw new InvalidFieldException("lines[" + i + "].unitCost",
						"is required: the supplier has no offer for this product to take it from");
			}
			lines.add(new PurchaseOrder.NewLine(line.productId(), line.quantity(), unitCost));
		}
		order.describe(request.supplierId(), request.warehouseId(), request.expectedDate(), request.notes());
		order.replaceLines(lines);
	}

	private void requireWarehouse(String field, long warehouseId) {
		if (this.warehouses.byIds(List.of(warehouseId)).isEmpty()) {
			throw new ReferenceNotFoundException(field, "Warehouse", warehouseId);
		}
	}

	private void onOrderChanged(PurchaseOrder order) {
		Set<Long> productIds = new HashSet<>();
		order.getLines().forEach((line) -> productIds.add(line.getProductId()));
		this.products.evictDetails(productIds);
		this.events.publishEvent(new QuantityOnOrderChanged(productIds));
	}

	private String nextNumber() {
		return "PO-%06d".formatted(this.orders.nextNumber());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private PurchaseOrder find(long id) {
		return this.orders.findById(id).orElseThrow(() -> new PurchaseOrderNotFoundException(id));
	}

	private PurchaseOrder lock(long id) {
		return this.orders.lock(id).orElseThrow(() -> new PurchaseOrderNotFoundException(id));
	}

	private static Specification<PurchaseOrder> specification(PurchaseOrderFilter filter) {
		List<Specification<PurchaseOrder>> specs = new ArrayList<>();
		if (filter.supplier() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("supplierId"), filter.supplier()));
		}
		if (filter.warehouse() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("warehouseId"), filter.warehouse()));
		}
		if (filter.status() != null) {
			specs.add((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			specs.add((root, query, cb) -> cb.like(cb.lower(root.get("number")), LikePattern.contains(filter.q()),
					LikePattern.ESCAPE));
		}
		return Specification.allOf(specs);
	}

}
