package dev.stockroom.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.catalog.Unit;
import dev.stockroom.purchasing.PurchaseOrderLineRequest;
import dev.stockroom.purchasing.PurchaseOrderRequest;
import dev.stockroom.purchasing.PurchaseOrderResponse;
import dev.stockroom.purchasing.PurchaseOrderService;
import dev.stockroom.purchasing.PurchaseOrderStatus;
import dev.stockroom.purchasing.ReceiptLineRequest;
import dev.stockroom.purchasing.ReceiptRequest;
import dev.stockroom.sales.Customer;
import dev.stockroom.sales.SalesOrderLineRequest;
import dev.stockroom.sales.SalesOrderRequest;
import dev.stockroom.sales.SalesOrderResponse;
import dev.stockroom.sales.SalesOrderService;
import dev.stockroom.sales.SalesOrderStatus;
import dev.stockroom.sales.ShipmentLineRequest;
import dev.stockroom.sales.ShipmentRequest;
import dev.stockroom.stock.MovementRequest;
import dev.stockroom.stock.MovementType;
import dev.stockroom.stock.StockLedger;
import dev.stockroom.stock.WarehouseRequest;
import dev.stockroom.stock.WarehouseService;

/**
 * Fills an empty database with believable data through the modules' services, in one
 * transaction: all of it or none. A fixed seed makes every load the same.
 */
@Component
class DemoDataLoader {

	static final String DEMO_USER = "demo-loader";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final Map<String, List<String>> CATEGORY_TREE = Map.of("Electronics",
			List.of("Cables", "Batteries", "Lighting"), "Office", List.of("Paper", "Writing", "Filing"), "Packaging",
			List.of("Boxes", "Tape"), "Tools", List.of("Hand tools", "Power tools"));

	private static final List<String> ADJECTIVES = List.of("Basic", "Heavy-duty", "Compact", "Premium", "Recycled",
			"Industrial", "Eco", "Pro", "Standard", "Mini");

	private static final List<String> SUPPLIER_NAMES = List.of("Acme Supplies", "Northwind Traders", "Globex",
			"Initech Wholesale", "Umbrella Logistics", "Stark Industrial", "Wayne Components", "Hooli Office",
			"Vandelay Imports", "Soylent Packaging", "Tyrell Parts", "Cyberdyne Tools", "Wonka Materials",
			"Gringotts Trading", "Oceanic Distribution", "Massive Dynamic", "Pied Piper Goods", "Aperture Supply",
			"Black Mesa Hardware", "Monarch Paper");

	private final ProductService products;

	private final CategoryService categories;

	private final SupplierService suppliers;

	private final WarehouseService warehouses;

	private final StockLedger stock;

	private final TransactionTemplate transactions;

	private final DemoDataProperties properties;

	private final Clock clock;

	private final EntityManager entityManager;

	private final PurchaseOrderService purchaseOrders;

	private final SalesOrderService salesOrders;

	DemoDataLoader(ProductService products, CategoryService categories, SupplierService suppliers,
			WarehouseService warehouses, StockLedger stock, TransactionTemplate transactions,
			DemoDataProperties properties, Clock clock, EntityManager entityManager,
			PurchaseOrderService purchaseOrders, SalesOrderService salesOrders) {
		this.purchaseOrders = purchaseOrders;
		this.salesOrders = salesOrders;
		this.products = products;
		this.categories = categories;
		this.suppliers = suppliers;
		this.warehouses = warehouses;
		this.stock = stock;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Loads the demo data unless the database already holds products or warehouses.
	 * @return whether anything was loaded
	 */
	boolean loadIfEmpty() {
		if (this.products.count() > 0 || this.warehouses.count() > 0) {
			log.info("Demo data not loaded: the database is not empty");
			return false;
		}
		long started = System.nanoTime();
		Counts counts = this.transactions.execute((status) -> load(new Random(this.properties.seed())));
		log.info("Demo data loaded in {} ms: {}", Duration.ofNanos(System.nanoTime() - started).toMillis(), counts);
		return true;
	}

	private Counts load(Random random) {
		List<Long> warehouseIds = List.of(warehouse("MAIN", "Main warehouse", "1 Harbour Road, Leeds"),
				warehouse("EAST", "East depot", "14 Mill Lane, Hull"),
				warehouse("WEST", "West depot", "3 Quay Street, Bristol"));
		List<Long> leafCategoryIds = categories();
		List<Long> supplierIds = SUPPLIER_NAMES.stream().map(this::supplier).toList();
		List<Long> productIds = new ArrayList<>();
		for (int i = 1; i <= this.properties.products(); i++) {
			long categoryId = leafCategoryIds.get(i % leafCategoryIds.size());
			productIds.add(product(random, i, categoryId, supplierIds));
		}
		int movements = new History(random, productIds, warehouseIds).play();
		int orders = purchaseOrders(productIds, warehouseIds.get(0));
		int sales = salesOrders(productIds, warehouseIds.get(0));
		return new Counts(warehouseIds.size(), leafCategoryIds.size() + CATEGORY_TREE.size(), productIds.size(),
				supplierIds.size(), movements, orders, sales);
	}

	private long warehouse(String code, String name, String address) {
		return this.warehouses.create(new WarehouseRequest(code, name, address, true, null)).id();
	}

	private List<Long> categories() {
		List<Long> leaves = new ArrayList<>();
		CATEGORY_TREE.keySet().stream().sorted().forEach((root) -> {
			long rootId = this.categories.create(new CategoryRequest(root, root + " and accessories", null, null)).id();
			for (String child : CATEGORY_TREE.get(root)) {
				leaves.add(this.categories.create(new CategoryRequest(child, null, rootId, null)).id());
			}
		});
		return leaves;
	}

	private long supplier(String name) {
		String domain = name.toLowerCase().replaceAll("[^a-z]", "");
		return this.suppliers
			.create(new SupplierRequest(name, "orders@" + domain + ".example", "+44 113 496 0" + (100 + name.length()),
					"https://" + domain + ".example", true, null))
			.id();
	}

	private long product(Random random, int number, long categoryId, List<Long> supplierIds) {
		BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(20_000), 2);
		BigDecimal cost = price.multiply(BigDecimal.valueOf(0.55 + random.nextDouble() * 0.2))
			.setScale(2, RoundingMode.HALF_UP);
		int reorderPoint = 5 + random.nextInt(26);
		String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " item " + number;
		String barcode = (number % 3 == 0) ? ean13(random) : null;
		Unit unit = Unit.values()[random.nextInt(4)];
		long id = this.products
			.create(new ProductRequest(String.format("SR-%05d", number), name, "Demo product number " + number, unit,
					cost, price, reorderPoint, reorderPoint * 2, number % 25 != 0, barcode, categoryId,
					(number % 7 == 0) ? List.of("fragile") : List.of(), null))
			.id();
		int offers = 1 + random.nextInt(2);
		for (int i = 0; i < offers; i++) {
			long supplierId = supplierIds.get((number * 7 + i * 11) % supplierIds.size());
			BigDecimal unitCost = cost.multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
				.setScale(2, RoundingMode.HALF_UP);
			this.suppliers.putOffer(id, supplierId,
					new SupplierOfferRequest("S" + supplierId + "-" + number, unitCost, 2 + random.nextInt(20)));
		}
		return id;
	}

	// An EAN-13 in the GS1 range for in-store numbering (200-299), with its check digit.
	private static String ean13(Random random) {
		StringBuilder digits = new StringBuilder("2")
			.append(String.format("%011d", (long) (random.nextDouble() * 1e11)));
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return digits.append((10 - sum % 10) % 10).toString();
	}

	/**
	 * A month of trade, played forward day by day: an opening receipt of every product,
	 * then issues, transfers, adjustments and counts. It keeps its own tally of on-hand
	 * so it never asks for more than is there (a refused movement would roll the whole
	 * load back).
	 */
	private final class History {

		private final Random random;

		private final List<Long> productIds;

		private final List<Long> warehouseIds;

		private final Map<String, Integer> onHand = new HashMap<>();

		private int rows;

		History(Random random, List<Long> productIds, List<Long> warehouseIds) {
			this.random = random;
			this.productIds = productIds;
			this.warehouseIds = warehouseIds;
		}

		int play() {
			int days = DemoDataLoader.this.properties.days();
			// The history ends in the past: with the default size each day's movements
			// take about 80 minutes from 8 hours after the day's start, so a start 10
			// hours
			// before now, days ago, puts the last movement some 40 minutes ago, whatever
			// the time of day; a larger history stops at now.
			Instant now = Instant.now(DemoDataLoader.this.clock);
			Instant start = now.truncatedTo(ChronoUnit.MINUTES)
				.minus(Duration.ofDays(days))
				.minus(Duration.ofHours(10));
			Instant time = start.plus(Duration.ofHours(7));
			for (long productId : this.productIds) {
				long warehouseId = this.warehouseIds.get((int) (productId % this.warehouseIds.size()));
				time = time.plusSeconds(5);
				move(MovementType.RECEIPT, productId, warehouseId, null, 40 + this.random.nextInt(160), "Opening stock",
						time);
			}
			int perDay = Math.max(1, (this.productIds.size() * 9) / Math.max(1, days));
			for (int day = 1; day <= days; day++) {
				time = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(8));
				for (int i = 0; i < perDay; i++) {
					time = time.plusSeconds(20 + this.random.nextInt(60));
					if (time.isAfter(now)) {
						return this.rows;
					}
					randomMovement(time);
				}
			}
			return this.rows;
		}

		private void randomMovement(Instant time) {
			long productId = this.productIds.get(this.random.nextInt(this.productIds.size()));
			long warehouseId = this.warehouseIds.get(this.random.nextInt(this.warehouseIds.size()));
			int available = this.onHand.getOrDefault(productId + "@" + warehouseId, 0);
			int roll = this.random.nextInt(100);
			if (available == 0 || roll < 25) {
				move(MovementType.RECEIPT, productId, warehouseId, null, 10 + this.random.nextInt(50), null, time);
			}
			else if (roll < 75) {
				move(MovementType.ISSUE, productId, warehouseId, null, 1 + this.random.nextInt(Math.min(available, 12)),
						null, time);
			}
			else if (roll < 88) {
				long target = this.warehouseIds
					.get((this.warehouseIds.indexOf(warehouseId) + 1) % this.warehouseIds.size());
				move(MovementType.TRANSFER, productId, warehouseId, target, 1 + this.random.nextInt(available), null,
						time);
			}
			else if (roll < 95) {
				int change = (this.random.nextBoolean() ? 1 : -1) * (1 + this.random.nextInt(Math.min(available, 3)));
				move(MovementType.ADJUSTMENT, productId, warehouseId, null, change,
						(change < 0) ? "Damaged in handling" : "Found during picking", time);
			}
			else {
				move(MovementType.COUNT, productId, warehouseId, null,
						Math.max(0, available + this.random.nextInt(3) - 1), "Cycle count", time);
			}
		}

		private void move(MovementType type, long productId, long warehouseId, Long targetId, int quantity,
				String reason, Instant time) {
			MovementRequest request = new MovementRequest(type, productId, warehouseId, targetId, quantity, reason,
					"DEMO-" + (this.rows + 1));
			DemoDataLoader.this.stock.record(request, DEMO_USER, time).movements().forEach((row) -> {
				this.onHand.put(row.productId() + "@" + row.warehouseId(), row.resultingQuantity());
				this.rows++;
			});
			// The movement is flushed. Without this the persistence context
			// grows with every row and each later flush checks all of them:
			// a minute's work instead of seconds.
			DemoDataLoader.this.entityManager.clear();
		}

	}

	/*
	 * A purchase order in each state, into MAIN, from the first product's first supplier
	 * at that supplier's offers: a draft, a placed order, one partly received (a
	 * backorder), one received in full and one cancelled after a first delivery.
	 */
	private int purchaseOrders(List<Long> productIds, long warehouseId) {
		long supplierId = this.suppliers.offersOf(List.of(productIds.get(0))).get(0).supplierId();
		List<Long> offered = this.suppliers.offersOf(productIds.subList(0, Math.min(60, productIds.size())))
			.stream()
			.filter((offer) -> offer.supplierId() == supplierId)
			.map((offer) -> offer.productId())
			.distinct()
			.limit(2)
			.toList();
		int made = 0;
		for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
			List<PurchaseOrderLineRequest> lines = offered.stream()
				.map((productId) -> new PurchaseOrderLineRequest(productId, 20, null))
				.toList();
			PurchaseOrderResponse order = this.purchaseOrders.create(new PurchaseOrderRequest(supplierId, warehouseId,
					LocalDate.now(this.clock).plusDays(7), "Demo order, " + status, lines, null));
			made++;
			if (status == PurchaseOrderStatus.DRAFT) {
				continue;
			}
			this.purchaseOrders.place(order.id());
			long firstLine = order.lines().get(0).id();
			if (status == PurchaseOrderStatus.PARTIALLY_RECEIVED || status == PurchaseOrderStatus.CANCELLED) {
				this.purchaseOrders.receiveFor(order.id(),
						new ReceiptRequest(List.of(new ReceiptLineRequest(firstLine, 8))), DEMO_USER);
			}
			else if (status == PurchaseOrderStatus.RECEIVED) {
				this.purchaseOrders.receiveFor(order.id(),
						new ReceiptRequest(order.lines()
							.stream()
							.map((line) -> new ReceiptLineRequest(line.id(), line.quantity()))
							.toList()),
						DEMO_USER);
			}
			if (status == PurchaseOrderStatus.CANCELLED) {
				this.purchaseOrders.cancel(order.id());
			}
		}
		return made;
	}

	/*
	 * A sales order in each state, from MAIN, of two products that a delivery just
	 * brought in (so each confirmation finds its stock available): a draft, a confirmed
	 * order holding its stock, one partly shipped, one shipped in full and one cancelled,
	 * which gave its reservation back.
	 */
	private int salesOrders(List<Long> productIds, long warehouseId) {
		List<Long> sold = productIds.subList(0, 2);
		Instant delivered = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		for (long productId : sold) {
			this.stock.record(new MovementRequest(MovementType.RECEIPT, productId, warehouseId, null, 40,
					"Delivery for customer orders", null), DEMO_USER, delivered);
		}
		String[] customers = { "Harbour Joinery", "Mill Lane Builders", "Quayside Fitters", "Northgate Garages",
				"Riverside Workshop" };
		int made = 0;
		for (SalesOrderStatus status : SalesOrderStatus.values()) {
			String customer = customers[made % customers.length];
			List<SalesOrderLineRequest> lines = sold.stream()
				.map((productId) -> new SalesOrderLineRequest(productId, 5, new BigDecimal("4.50")))
				.toList();
			SalesOrderResponse order = this.salesOrders.create(
					new SalesOrderRequest(
							new Customer(customer,
									"orders@" + customer.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")
											+ ".example",
									(made + 1) + " Dock Street, Leeds"),
							warehouseId, lines, null));
			made++;
			if (status == SalesOrderStatus.DRAFT) {
				continue;
			}
			this.salesOrders.confirm(order.id());
			long firstLine = order.lines().get(0).id();
			if (status == SalesOrderStatus.PARTIALLY_SHIPPED) {
				this.salesOrders.shipFor(order.id(),
						new ShipmentRequest(List.of(new ShipmentLineRequest(firstLine, 2))), DEMO_USER);
			}
			else if (status == SalesOrderStatus.SHIPPED) {
				this.salesOrders.shipFor(order.id(),
						new ShipmentRequest(order.lines()
							.stream()
							.map((line) -> new ShipmentLineRequest(line.id(), line.quantity()))
							.toList()),
						DEMO_USER);
			}
			else if (status == SalesOrderStatus.CANCELLED) {
				this.salesOrders.cancel(order.id());
			}
		}
		return made;
	}

	record Counts(int warehouses, int categories, int products, int suppliers, int movements, int purchaseOrders,
			int salesOrders) {
	}

}
