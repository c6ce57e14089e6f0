package dev.stockroom.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.domain.Gtin;
import dev.stockroom.catalog.domain.Product;
import dev.stockroom.platform.audit.AuditEntry;
import dev.stockroom.platform.audit.AuditTrail;
import dev.stockroom.platform.cache.ListTotals;

/**
 * Creates and updates many products at once, by SKU (an upsert), for a CSV import: one
 * call per chunk of rows, inside the caller's transaction, in a handful of statements
 * whatever the chunk's size (read the chunk's products, insert the new ones in one batch,
 * update the changed ones in another), where Hibernate would load, dirty-check and audit
 * each product on its own.
 *
 * <p>
 * A row whose values equal the stored ones changes nothing: no update, so no new version,
 * no new {@code updated_at} and no audit entry. That is what makes importing a file twice
 * harmless. What Hibernate's listeners do for a single product is done here for the
 * chunk: an audit entry per created or changed product in one batch
 * ({@link AuditTrail#recordAll}), the changed products' cached details evicted, the list
 * totals forgotten, one {@link ProductsChanged} for the chunk and a
 * {@link ProductReorderPointChanged} for each product whose reorder point changed (the
 * stock levels keep a copy).
 */
@Service
public class ProductImport {

	private static final int IDS_PER_SEQUENCE_VALUE = 50;

	private static final String SELECT = "SELECT id, sku, name, description, unit, cost, price, reorder_point,"
			+ " reorder_quantity, active, barcode, category_id FROM products WHERE sku = ANY(?) ORDER BY sku FOR UPDATE";

	private static final String INSERT = "INSERT INTO products (id, sku, name, description, unit, cost, price,"
			+ " reorder_point, reorder_quantity, active, barcode, category_id, created_at, updated_at, version)"
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String UPDATE = "UPDATE products SET name = ?, description = ?, unit = ?, cost = ?, price = ?,"
			+ " reorder_point = ?, reorder_quantity = ?, active = ?, barcode = ?, category_id = ?, updated_at = ?,"
			+ " version = version + 1 WHERE id = ?";

	private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ListTotals totals;

	private final ObjectProvider<CacheManager> caches;

	ProductImport(JdbcClient jdbc, JdbcTemplate batches, AuditTrail audit, ApplicationEventPublisher events,
			ListTotals totals, ObjectProvider<CacheManager> caches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.audit = audit;
		this.events = events;
		this.totals = totals;
		this.caches = caches;
	}

	/**
	 * Creates the products whose SKU is new and updates those whose values differ, in the
	 * transaction going on. A row that breaks a rule (a new product without a name, an
	 * unknown category, a barcode another product has, a SKU twice in the chunk) is left
	 * out and reported; the others are written.
	 * @param columns the fields the file has; the others keep their stored values (or
	 * their defaults, for a new product)
	 * @param rows the chunk's rows
	 * @param actor who imports, recorded on the audit entries
	 * @return what happened to the rows
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Result upsert(Set<ProductField> columns, List<ProductImportRow> rows, String actor) {
		List<RowProblem> problems = new ArrayList<>();
		Map<String, ProductImportRow> bySku = new LinkedHashMap<>();
		for (ProductImportRow row : rows) {
			String problem = checkSku(row.sku());
			if (problem != null) {
				problems.add(new RowProblem(row.line(), ProductField.SKU.header(), problem));
			}
			else if (bySku.putIfAbsent(Product.normalizeSku(row.sku()), row) != null) {
				problems.add(new RowProblem(row.line(), ProductField.SKU.header(),
						"SKU " + Product.normalizeSku(row.sku()) + " is on an earlier line of the file too"));
			}
		}
		Map<String, Stored> existing = existing(bySku.keySet());
		Set<Long> categories = categories(bySku.values());
		Map<String, String> barcodeOwners = barcodeOwners(bySku.values());
		List<Stored> inserts = new ArrayList<>();
		List<Stored[]> updates = new ArrayList<>();
		Set<String> barcodesTaken = new HashSet<>();
		int unchanged = 0;
		for (Map.Entry<String, ProductImportRow> entry : bySku.entrySet()) {
			ProductImportRow row = entry.getValue();
			Stored before = existing.get(entry.getKey());
			Stored after = merge(entry.getKey(), before, columns, row);
			RowProblem problem = check(row, after, categories, barcodeOwners, barcodesTaken);
			if (problem != null) {
				problems.add(problem);
			}
			else if (before == null) {
				inserts.add(after);
			}
			else if (!before.equals(after)) {
				updates.add(new Stored[] { before, after });
			}
			else {
				unchanged++;
			}
		}
		Instant now = Instant.now();
		insert(inserts, now);
		update(updates, now);
		recordAndAnnounce(inserts, updates, actor);
		problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
		return new Result(inserts.size(), updates.size(), unchanged, problems);
	}

	/**
	 * For imports that name products by SKU (stock counts): their ids, in the transaction
	 * going on.
	 * @param skus SKUs as a file writes them; they are normalised as products' are
	 * @return the ids of the products that exist, by normalised SKU
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Long> idsBySku(java.util.Collection<String> skus) {
		Map<String, Long> ids = new HashMap<>();
		String[] normalized = skus.stream().map(Product::normalizeSku).distinct().toArray(String[]::new);
		if (normalized.length > 0) {
			this.jdbc.sql("SELECT sku, id FROM products WHERE sku = ANY(?)")
				.param(normalized)
				.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		return ids;
	}

	private static String checkSku(String sku) {
		if (sku == null || sku.isBlank()) {
			return "must not be blank";
		}
		if (sku.strip().length() > 64) {
			return "must be at most 64 characters";
		}
		return null;
	}

	private Map<String, Stored> existing(Set<String> skus) {
		Map<String, Stored> stored = new HashMap<>();
		if (skus.isEmpty()) {
			return stored;
		}
		this.jdbc.sql(SELECT)
			.param(skus.toArray(String[]::new))
			.query(ProductImport::stored)
			.list()
			.forEach((product) -> {
				stored.put(product.sku(), product);
			});
		return stored;
	}

	private Set<Long> categories(Iterable<ProductImportRow> rows) {
		Set<Long> asked = new HashSet<>();
		rows.forEach((row) -> {
			if (row.categoryId() != null) {
				asked.add(row.categoryId());
			}
		});
		if (asked.isEmpty()) {
			return asked;
		}
		return new HashSet<>(this.jdbc.sql("SELECT id FROM categories WHERE id = ANY(?)")
			.param(asked.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	private Map<String, String> barcodeOwners(Iterable<ProductImportRow> rows) {
		Set<String> barcodes = new HashSet<>();
		rows.forEach((row) -> {
			if (row.barcode() != null && !row.barcode().isBlank()) {
				barcodes.add(row.barcode().strip());
			}
		});
		Map<String, String> owners = new HashMap<>();
		if (!barcodes.isEmpty()) {
			this.jdbc.sql("SELECT barcode, sku FROM products WHERE barcode = ANY(?)")
				.param(barcodes.toArray(String[]::new))
				.query((rs, n) -> owners.put(rs.getString(1), rs.getString(2)))
				.list();
		}
		return owners;
	}

	private static Stored merge(String sku, Stored before, Set<ProductField> columns, ProductImportRow row) {
		Stored base = (before != null) ? before
				: new Stored(0, sku, null, null, Unit.EACH, money(null), money(null), 0, 0, true, null, null);
		return new Stored(base.id(), sku, columns.contains(ProductField.NAME) ? strip(row.name()) : base.name(),
				columns.contains(ProductField.DESCRIPTION) ? blankToNull(row.description()) : base.description(),
				columns.contains(ProductField.UNIT) ? ((row.unit() != null) ? row.unit() : Unit.EACH) : base.unit(),
				columns.contains(ProductField.COST) ? money(row.cost()) : base.cost(),
				columns.contains(ProductField.PRICE) ? money(row.price()) : base.price(),
				columns.contains(ProductField.REORDER_POINT) ? orZero(row.reorderPoint()) : base.reorderPoint(),
				columns.contains(ProductField.REORDER_QUANTITY) ? orZero(row.reorderQuantity())
						: base.reorderQuantity(),
				columns.contains(ProductField.ACTIVE) ? (row.active() == null || row.active()) : base.active(),
				columns.contains(ProductField.BARCODE) ? blankToNull(strip(row.barcode())) : base.barcode(),
				columns.contains(ProductField.CATEGORY_ID) ? row.categoryId() : base.categoryId());
	}

	private static RowProblem check(ProductImportRow row, Stored product, Set<Long> categories,
			Map<String, String> barcodeOwners, Set<String> barcodesTaken) {
		long line = row.line();
		if (product.name() == null || product.name().isEmpty()) {
			return new RowProblem(line, ProductField.NAME.header(), "must not be blank");
		}
		if (product.name().length() > 200) {
			return new RowProblem(line, ProductField.NAME.header(), "must be at most 200 characters");
		}
		if (product.description() != null && product.description().length() > 4000) {
			return new RowProblem(line, ProductField.DESCRIPTION.header(), "must be at most 4000 characters");
		}
		RowProblem money = checkMoney(line, ProductField.COST, product.cost());
		if (money == null) {
			money = checkMoney(line, ProductField.PRICE, product.price());
		}
		if (money != null) {
			return money;
		}
		if (product.reorderPoint() < 0) {
			return new RowProblem(line, ProductField.REORDER_POINT.header(), "must be 0 or more");
		}
		if (product.reorderQuantity() < 0) {
			return new RowProblem(line, ProductField.REORDER_QUANTITY.header(), "must be 0 or more");
		}
		if (product.categoryId() != null && !categories.contains(product.categoryId())) {
			return new RowProblem(line, ProductField.CATEGORY_ID.header(),
					"Category " + product.categoryId() + " does not exist");
		}
		String barcode = product.barcode();
		if (barcode != null) {
			if (!Gtin.Validator.isValidGtin(barcode)) {
				return new RowProblem(line, ProductField.BARCODE.header(),
						"must be an 8, 12, 13 or 14 digit barcode with a valid check digit");
			}
			String owner = barcodeOwners.get(barcode);
			if ((owner != null && !owner.equals(product.sku())) || !barcodesTaken.add(barcode)) {
				return new RowProblem(line, ProductField.BARCODE.header(),
						"Barcode " + barcode + " belongs to another product");
			}
		}
		return null;
	}

	private static RowProblem checkMoney(long line, ProductField field, BigDecimal amount) {
		if (amount.signum() < 0) {
			return new RowProblem(line, field.header(), "must be 0 or more");
		}
		if (amount.scale() > 2 || amount.compareTo(MAX_MONEY) > 0) {
			return new RowProblem(line, field.header(), "must have at most 10 digits and 2 decimals");
		}
		return null;
	}

	private void insert(List<Stored> products, Instant now) {
		if (products.isEmpty()) {
			return;
		}
		List<Long> ids = newIds(products.size());
		Timestamp time = Timestamp.from(now);
		List<Stored> inserted = new ArrayList<>(products.size());
		for (int i = 0; i < products.size(); i++) {
			inserted.add(products.get(i).withId(ids.get(i)));
		}
		products.clear();
		products.addAll(inserted);
		this.batches.batchUpdate(INSERT, inserted, inserted.size(), (insert, product) -> {
			insert.setLong(1, product.id());
			insert.setString(2, product.sku());
			setValues(insert, 3, product);
			insert.setTimestamp(13, time);
			insert.setTimestamp(14, time);
		});
	}

	private void update(List<Stored[]> products, Instant now) {
		if (products.isEmpty()) {
			return;
		}
		Timestamp time = Timestamp.from(now);
		this.batches.batchUpdate(UPDATE, products, products.size(), (update, pair) -> {
			setValues(update, 1, pair[1]);
			update.setTimestamp(11, time);
			update.setLong(12, pair[1].id());
		});
	}

	private static void setValues(java.sql.PreparedStatement statement, int first, Stored product) throws SQLException {
		statement.setString(first, product.name());
		statement.setString(first + 1, product.description());
		statement.setString(first + 2, product.unit().name());
		statement.setBigDecimal(first + 3, product.cost());
		statement.setBigDecimal(first + 4, product.price());
		statement.setInt(first + 5, product.reorderPoint());
		statement.setInt(first + 6, product.reorderQuantity());
		statement.setBoolean(first + 7, product.active());
		statement.setString(first + 8, product.barcode());
		statement.setObject(first + 9, product.categoryId(), java.sql.Types.BIGINT);
	}

	/*
	 * Ids from the one sequence, as Hibernate's pooled optimizer takes them: each value v
	 * the sequence hands out reserves the ids v-49 to v for whoever took it, so a block
	 * taken here can never collide with one Hibernate takes.
	 */
	private List<Long> newIds(int count) {
		int values = (count + IDS_PER_SEQUENCE_VALUE - 1) / IDS_PER_SEQUENCE_VALUE;
		List<Long> his = this.jdbc.sql("SELECT nextval('stockroom_id_seq') FROM generate_series(1, ?)")
			.param(values)
			.query(Long.class)
			.list();
		List<Long> ids = new ArrayList<>(count);
		for (long hi : his) {
			for (long id = Math.max(1, hi - IDS_PER_SEQUENCE_VALUE + 1); id <= hi && ids.size() < count; id++) {
				ids.add(id);
			}
		}
		if (ids.size() < count) {
			// Only the sequence's very first value (1) reserves fewer than 50.
			ids.addAll(newIds(count - ids.size()));
		}
		return ids;
	}

	private void recordAndAnnounce(List<Stored> inserted, List<Stored[]> updated, String actor) {
		if (inserted.isEmpty() && updated.isEmpty()) {
			return;
		}
		List<AuditTrail.Recorded> entries = new ArrayList<>(inserted.size() + updated.size());
		inserted
			.forEach((product) -> entries.add(new AuditTrail.Recorded(product.id(), "CREATE", changes(null, product))));
		updated
			.forEach((pair) -> entries.add(new AuditTrail.Recorded(pair[1].id(), "UPDATE", changes(pair[0], pair[1]))));
		this.audit.recordAll("Product", actor, entries);
		this.totals.changed(Product.class);
		CacheManager manager = this.caches.getIfAvailable();
		Cache details = (manager != null) ? manager.getCache(ProductService.DETAIL_CACHE) : null;
		List<Long> ids = new ArrayList<>(entries.size());
		inserted.forEach((product) -> ids.add(product.id()));
		for (Stored[] pair : updated) {
			ids.add(pair[1].id());
			if (details != null) {
				details.evict(pair[1].id());
			}
			if (pair[0].reorderPoint() != pair[1].reorderPoint()) {
				this.events.publishEvent(new ProductReorderPointChanged(pair[1].id(), pair[1].reorderPoint()));
			}
		}
		this.events.publishEvent(new ProductsChanged(ids));
	}

	// As the audit listener records a product: property names and values as text.
	private static List<AuditEntry.Change> changes(Stored before, Stored after) {
		List<AuditEntry.Change> changes = new ArrayList<>();
		change(changes, "active", (before != null) ? before.active() : null, after.active());
		change(changes, "barcode", (before != null) ? before.barcode() : null, after.barcode());
		change(changes, "category", (before != null) ? before.categoryId() : null, after.categoryId());
		change(changes, "cost", (before != null) ? before.cost() : null, after.cost());
		change(changes, "description", (before != null) ? before.description() : null, after.description());
		change(changes, "name", (before != null) ? before.name() : null, after.name());
		change(changes, "price", (before != null) ? before.price() : null, after.price());
		change(changes, "reorderPoint", (before != null) ? before.reorderPoint() : null, after.reorderPoint());
		change(changes, "reorderQuantity", (before != null) ? before.reorderQuantity() : null, after.reorderQuantity());
		change(changes, "sku", (before != null) ? before.sku() : null, after.sku());
		change(changes, "unit", (before != null) ? before.unit() : null, after.unit());
		return changes;
	}

	private static void change(List<AuditEntry.Change> changes, String property, Object before, Object after) {
		String old = (before != null) ? before.toString() : null;
		String now = (after != null) ? after.toString() : null;
		if (!Objects.equals(old, now)) {
			changes.add(new AuditEntry.Change(property, old, now));
		}
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getString("sku"), rs.getString("name"), rs.getString("description"),
				Unit.valueOf(rs.getString("unit")), rs.getBigDecimal("cost"), rs.getBigDecimal("price"),
				rs.getInt("reorder_point"), rs.getInt("reorder_quantity"), rs.getBoolean("active"),
				rs.getString("barcode"), rs.getObject("category_id", Long.class));
	}

	private static BigDecimal money(BigDecimal amount) {
		if (amount == null) {
			return BigDecimal.ZERO.setScale(2);
		}
		// More than two decimals is refused by check(), not rounded.
		return (amount.scale() <= 2) ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * What an upsert did with a chunk.
	 *
	 * @param created products created
	 * @param updated products changed
	 * @param unchanged rows equal to what was stored
	 * @param problems the rows left out, and why
	 */
	public record Result(int created, int updated, int unchanged, List<RowProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Why one row was not imported.
	 *
	 * @param line the row's line in the file
	 * @param field the column, as its header is written in the export
	 * @param message what is wrong
	 */
	public record RowProblem(long line, String field, String message) {
	}

	private record Stored(long id, String sku, String name, String description, Unit unit, BigDecimal cost,
			BigDecimal price, int reorderPoint, int reorderQuantity, boolean active, String barcode, Long categoryId) {

		Stored withId(long newId) {
			return new Stored(newId, this.sku, this.name, this.description, this.unit, this.cost, this.price,
					this.reorderPoint, this.reorderQuantity, this.active, this.barcode, this.categoryId);
		}

	}

}
