package dev.stockroom.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;

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
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.cache.ListTotals;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.stock.ledger.StockLevel;
import dev.stockroom.stock.ledger.StockLevelRepository;
import dev.stockroom.stock.ledger.StockMovement;
import dev.stockroom.stock.ledger.StockMovementRepository;

/**
 * The reads of stock: stock levels, ledger rows and the dashboard's figures. Nothing here
 * changes stock; {@link StockLedger} does.
 */
@Service
@Transactional(readOnly = true)
public class StockQueries {

	private static final int EXPORT_FETCH_SIZE = 500;

	private final StockLevelRepository levels;

	private final StockMovementRepository movements;

	private final StockFigures figures;

	private final EntityManager entityManager;

	private final ListTotals totals;

	StockQueries(StockLevelRepository levels, StockMovementRepository movements, StockFigures figures,
			EntityManager entityManager, ListTotals totals) {
		this.totals = totals;
		this.levels = levels;
		this.movements = movements;
		this.figures = figures;
		this.entityManager = entityManager;
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
			/* Low as ReorderSuggestions defines it: available <= reorderPoint. */
			specs.add((root, query, cb) -> {
				Expression<Integer> available = cb.diff(root.<Integer>get("onHand"), root.<Integer>get("reserved"));
				return filter.lowStock() ? cb.lessThanOrEqualTo(available, root.get("reorderPoint"))
						: cb.greaterThan(available, root.get("reorderPoint"));
			});
		}
		return this.levels.findAll(Specification.allOf(specs), pageable).map(StockLevelResponse::of);
	}

	public Page<StockMovementResponse> movements(MovementFilter filter, Pageable pageable) {
		Specification<StockMovement> selected = specification(filter);
		return this.totals
			.page(StockMovement.class, filter, pageable,
					(page) -> this.movements.findBy(selected, (query) -> query.slice(page)),
					() -> this.movements.count(selected))
			.map(StockMovementResponse::of);
	}

	/**
	 * Ledger rows by id, in one statement (an order's receipts or shipments name theirs).
	 * @return the rows found, by id; an id with no row is absent
	 */
	public Map<Long, StockMovementResponse> movements(Collection<Long> ids) {
		Map<Long, StockMovementResponse> found = new HashMap<>();
		this.movements.findAllById(ids).forEach((row) -> found.put(row.getId(), StockMovementResponse.of(row)));
		return found;
	}

	public StockMovementResponse movement(long id) {
		return this.movements.findById(id)
			.map(StockMovementResponse::of)
			.orElseThrow(() -> new ResourceNotFoundException("Stock movement", id));
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

}
