package dev.stockroom.stock.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StockLevelRepository extends JpaRepository<StockLevel, Long>, JpaSpecificationExecutor<StockLevel> {

	/**
	 * Makes the level's row if it does not exist yet. Many first receipts may race to do
	 * this: {@code ON CONFLICT DO NOTHING} lets exactly one insert win and the others
	 * wait for it and carry on, where a plain INSERT would fail all but one with a
	 * duplicate key.
	 * @return 1 when this call made the row, 0 when it was there already
	 */
	@Modifying
	@Query(value = """
			INSERT INTO stock_levels (id, product_id, warehouse_id, on_hand, reorder_point, movement_count,
			                          created_at, updated_at, version)
			VALUES (nextval('stockroom_id_seq'), :productId, :warehouseId, 0, :reorderPoint, 0, now(), now(), 0)
			ON CONFLICT (product_id, warehouse_id) DO NOTHING
			""", nativeQuery = true)
	int insertIfAbsent(long productId, long warehouseId, int reorderPoint);

	/**
	 * Reads the level and locks its row ({@code SELECT ... FOR UPDATE}) until the
	 * transaction ends, so concurrent movements on one product and warehouse run one
	 * after another.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StockLevel s where s.productId = :productId and s.warehouse.id = :warehouseId")
	Optional<StockLevel> lock(long productId, long warehouseId);

	boolean existsByWarehouseId(long warehouseId);

	/**
	 * @return how many levels the product has, what they hold and how many ledger rows
	 * they count: all zero for a product that never had stock
	 */
	@Query("""
			select new dev.stockroom.stock.ledger.StockLevelRepository$ProductTotals(count(s),
			       coalesce(sum(s.onHand), 0L), coalesce(sum(s.movementCount), 0L))
			from StockLevel s where s.productId = :productId
			""")
	ProductTotals totalsOf(long productId);

	/**
	 * A product's stock across its levels.
	 *
	 * @param levels how many warehouses hold a level for it
	 * @param onHand the sum of their on-hand quantities
	 * @param movements the sum of their ledger rows
	 */
	record ProductTotals(long levels, long onHand, long movements) {
	}

	/**
	 * The low levels (available at or below the reorder point, as
	 * {@link dev.stockroom.stock.ReorderSuggestions} defines it) furthest below their
	 * reorder point first: the most urgent to reorder.
	 */
	@Query("""
			select s from StockLevel s where s.onHand - s.reserved <= s.reorderPoint
			order by (s.reorderPoint - (s.onHand - s.reserved)) desc, s.id
			""")
	List<StockLevel> findMostUrgentLow(Limit limit);

	@Query("select count(s) from StockLevel s where s.onHand - s.reserved <= s.reorderPoint")
	long countLow();

	@Modifying
	@Query("update StockLevel s set s.reorderPoint = :reorderPoint where s.productId = :productId")
	int updateReorderPoint(long productId, int reorderPoint);

	List<StockLevel> findByProductIdIn(Collection<Long> productIds);

	@Query("select s.productId, sum(s.onHand) from StockLevel s where s.productId in :productIds group by s.productId")
	List<Object[]> sumOnHandByProduct(Collection<Long> productIds);

}
