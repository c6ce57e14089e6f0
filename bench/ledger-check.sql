-- The ledger invariant over every stock level: on-hand equals the sum of the level's ledger rows,
-- the movement count their number, and the newest row's resulting quantity the on-hand.
-- Prints one line: levels checked and levels broken (0 means no lost update anywhere).
SELECT 'LEDGER levels=' || count(*) || ' broken=' || count(*) FILTER (WHERE l.on_hand IS DISTINCT FROM m.total
        OR l.movement_count IS DISTINCT FROM m.rows OR l.on_hand IS DISTINCT FROM m.last_result)
FROM stock_levels l
LEFT JOIN (SELECT product_id, warehouse_id, sum(quantity_change) AS total, count(*) AS rows,
                  (array_agg(resulting_quantity ORDER BY sequence_no DESC))[1] AS last_result
           FROM stock_movements GROUP BY product_id, warehouse_id) m
  ON m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id;
