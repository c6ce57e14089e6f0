CREATE TABLE warehouses (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    address    VARCHAR(500),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT warehouses_code_key UNIQUE (code)
);

-- One row per product and warehouse. on_hand is the ledger's running total, kept here so that
-- reading and locking it is one indexed row; the ledger below is the truth it must equal.
CREATE TABLE stock_levels (
    id             BIGINT PRIMARY KEY,
    product_id     BIGINT      NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    warehouse_id   BIGINT      NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    on_hand        INTEGER     NOT NULL CHECK (on_hand >= 0),
    -- Copied from the product (kept in step by an event) so "low stock" is a filter on one table.
    reorder_point  INTEGER     NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    movement_count BIGINT      NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT stock_levels_product_warehouse_key UNIQUE (product_id, warehouse_id)
);
CREATE INDEX stock_levels_warehouse_id ON stock_levels (warehouse_id);
CREATE INDEX stock_levels_low_stock ON stock_levels (product_id) WHERE on_hand <= reorder_point;

-- The append-only ledger. sequence_no numbers the rows of one product and warehouse 1, 2, 3...
-- in the order they were applied (under the stock level's row lock), which ids cannot promise.
-- A transfer writes two rows of type TRANSFER that share a transfer_id: the negative one at the
-- source, the positive one at the destination.
CREATE TABLE stock_movements (
    id                       BIGINT PRIMARY KEY,
    type                     VARCHAR(16)  NOT NULL
        CHECK (type IN ('RECEIPT', 'ISSUE', 'TRANSFER', 'ADJUSTMENT', 'COUNT')),
    product_id               BIGINT       NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    warehouse_id             BIGINT       NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    sequence_no              BIGINT       NOT NULL CHECK (sequence_no > 0),
    quantity_change          INTEGER      NOT NULL,
    resulting_quantity       INTEGER      NOT NULL CHECK (resulting_quantity >= 0),
    reason                   VARCHAR(500),
    reference                VARCHAR(100),
    transfer_id              UUID,
    counterpart_warehouse_id BIGINT REFERENCES warehouses (id) ON DELETE RESTRICT,
    created_by               VARCHAR(150) NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT stock_movements_sequence_key UNIQUE (product_id, warehouse_id, sequence_no),
    CONSTRAINT stock_movements_change_not_zero CHECK (quantity_change <> 0 OR type = 'COUNT'),
    CONSTRAINT stock_movements_transfer_complete
        CHECK ((type = 'TRANSFER') = (transfer_id IS NOT NULL AND counterpart_warehouse_id IS NOT NULL)),
    CONSTRAINT stock_movements_direction
        CHECK (type NOT IN ('RECEIPT', 'ISSUE') OR (type = 'RECEIPT') = (quantity_change > 0))
);
CREATE INDEX stock_movements_product_created ON stock_movements (product_id, created_at);
CREATE INDEX stock_movements_warehouse_created ON stock_movements (warehouse_id, created_at);
CREATE INDEX stock_movements_created ON stock_movements (created_at);
CREATE INDEX stock_movements_transfer_id ON stock_movements (transfer_id) WHERE transfer_id IS NOT NULL;

-- The ledger is append-only: the database itself refuses to change or remove a row, whatever
-- code (or person with psql) tries.
CREATE FUNCTION stock_movements_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_movements is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER stock_movements_no_update_delete
    BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_refuse_change();
CREATE TRIGGER stock_movements_no_truncate
    BEFORE TRUNCATE ON stock_movements
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movements_refuse_change();

-- Each new row must continue the chain of its product and warehouse: the previous row's resulting
-- quantity plus this row's change.
CREATE FUNCTION stock_movements_check_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous INTEGER;
BEGIN
    IF NEW.sequence_no = 1 THEN
        previous := 0;
    ELSE
        SELECT resulting_quantity INTO previous FROM stock_movements
         WHERE product_id = NEW.product_id AND warehouse_id = NEW.warehouse_id
           AND sequence_no = NEW.sequence_no - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'stock_movements: row % of product % in warehouse % has no predecessor',
                NEW.sequence_no, NEW.product_id, NEW.warehouse_id USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NEW.resulting_quantity <> previous + NEW.quantity_change THEN
        RAISE EXCEPTION 'stock_movements: resulting quantity % is not % + %',
            NEW.resulting_quantity, previous, NEW.quantity_change USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER stock_movements_chain
    BEFORE INSERT ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_check_chain();
