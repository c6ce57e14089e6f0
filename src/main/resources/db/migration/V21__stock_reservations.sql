-- What confirmed sales orders have promised from a level: available = on_hand - reserved.
-- No CHECK (reserved <= on_hand): a COUNT or ADJUSTMENT records what is really there, which may
-- be less than is promised (a shortage); the reservations stay until stock arrives or they are
-- released.
ALTER TABLE stock_levels ADD COLUMN reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0);

-- Low stock is available at or below the reorder point (ReorderSuggestions), no longer on hand.
DROP INDEX stock_levels_low_stock;
CREATE INDEX stock_levels_low_stock ON stock_levels (product_id) WHERE on_hand - reserved <= reorder_point;
