-- Indexes for every sort and filter the API offers (issue 6, query discipline). V2 and V3 already
-- cover the foreign-key filters (category, warehouse, product), the SKU, low stock and the ledger's
-- time ranges; these add the remaining sort keys and the case-insensitive "q" searches. V13 is
-- another branch's migration, hence the gap.
--
-- A sort index ends with id: Spring Data adds no tie-breaker, but the index then also serves the
-- common "sort by X, then by id" and keeps equal keys in a stable order.

-- Products: sort by name, price, cost, reorderPoint, createdAt, updatedAt (sku has its unique index).
CREATE INDEX products_name_sort ON products (name, id);
CREATE INDEX products_price ON products (price, id);
CREATE INDEX products_cost ON products (cost, id);
CREATE INDEX products_reorder_point ON products (reorder_point, id);
CREATE INDEX products_created_at ON products (created_at, id);
CREATE INDEX products_updated_at ON products (updated_at, id);

-- Categories, suppliers, warehouses: sort by name, createdAt, updatedAt (warehouse code is unique).
CREATE INDEX categories_name_sort ON categories (name, id);
CREATE INDEX categories_created_at ON categories (created_at, id);
CREATE INDEX categories_updated_at ON categories (updated_at, id);
CREATE INDEX suppliers_name_sort ON suppliers (name, id);
CREATE INDEX suppliers_created_at ON suppliers (created_at, id);
CREATE INDEX suppliers_updated_at ON suppliers (updated_at, id);
CREATE INDEX suppliers_active ON suppliers (active);
CREATE INDEX warehouses_name_sort ON warehouses (name, id);
CREATE INDEX warehouses_created_at ON warehouses (created_at, id);
CREATE INDEX warehouses_updated_at ON warehouses (updated_at, id);

-- Stock levels: sort by onHand and updatedAt (productId leads the unique key, warehouseId has V3's).
CREATE INDEX stock_levels_on_hand ON stock_levels (on_hand, id);
CREATE INDEX stock_levels_updated_at ON stock_levels (updated_at, id);

-- Movements: the type filter with the default newest-first order, and sort by quantityChange.
CREATE INDEX stock_movements_type_created ON stock_movements (type, created_at);
CREATE INDEX stock_movements_quantity_change ON stock_movements (quantity_change, id);

-- "q" is a case-insensitive substring search (lower(column) LIKE '%text%'), which no B-tree can
-- serve; a trigram GIN index can. pg_trgm ships with PostgreSQL's contrib package, which every
-- mainstream distribution installs; where it is missing (or the role may not create extensions)
-- the search still works, only by a scan, so the migration goes on rather than fail the deployment.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX products_sku_trgm ON products USING gin (lower(sku) gin_trgm_ops);
    CREATE INDEX products_name_trgm ON products USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX categories_name_trgm ON categories USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX suppliers_name_trgm ON suppliers USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX warehouses_code_trgm ON warehouses USING gin (lower(code) gin_trgm_ops);
    CREATE INDEX warehouses_name_trgm ON warehouses USING gin (lower(name) gin_trgm_ops);
EXCEPTION
    WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
        RAISE NOTICE 'pg_trgm is not available (%): the q searches will scan', SQLERRM;
END;
$$;
