-- What one movement POST must do in the database, at the least: the conditional update of the
-- stock level (it may not go below zero) and the ledger row that explains it, in one transaction.
-- pgbench runs it with as many clients as wrk has connections, on the hot product (:product,
-- :warehouse), so the figure is PostgreSQL's own ceiling for one contended row on this machine.
BEGIN;
UPDATE stock_levels
   SET on_hand = on_hand + 1, movement_count = movement_count + 1, version = version + 1, updated_at = now()
 WHERE product_id = :product AND warehouse_id = :warehouse AND on_hand + 1 >= 0
RETURNING on_hand, movement_count
\gset
INSERT INTO stock_movements (id, type, product_id, warehouse_id, sequence_no, quantity_change, resulting_quantity,
                             reference, created_by, created_at)
VALUES (nextval('stockroom_id_seq'), 'RECEIPT', :product, :warehouse, :movement_count, 1, :on_hand, 'pgbench',
        'pgbench', now());
COMMIT;
