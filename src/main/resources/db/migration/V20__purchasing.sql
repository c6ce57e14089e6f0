-- Purchasing (issue 18): purchase orders with their lines, the receipts that brought their goods
-- in, a supplier's preferred offer, and the permissions of the orders.

-- The one offer to order a product from when a suggestion becomes an order (else the cheapest).
ALTER TABLE supplier_offers ADD COLUMN preferred BOOLEAN NOT NULL DEFAULT FALSE;
CREATE UNIQUE INDEX supplier_offers_one_preferred ON supplier_offers (product_id) WHERE preferred;

-- Order numbers people quote on the phone: PO-000042, from a sequence of their own so that they
-- count up without the gaps of the shared id sequence's blocks of 50.
CREATE SEQUENCE purchase_order_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE purchase_orders (
    id            BIGINT PRIMARY KEY,
    number        VARCHAR(20)   NOT NULL,
    supplier_id   BIGINT        NOT NULL REFERENCES suppliers (id) ON DELETE RESTRICT,
    warehouse_id  BIGINT        NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    status        VARCHAR(20)   NOT NULL
        CHECK (status IN ('DRAFT', 'PLACED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    expected_date DATE,
    notes         VARCHAR(2000),
    placed_at     TIMESTAMPTZ,
    closed_at     TIMESTAMPTZ,
    created_by    VARCHAR(150)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT purchase_orders_number_key UNIQUE (number)
);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, id);
CREATE INDEX purchase_orders_warehouse ON purchase_orders (warehouse_id, id);
CREATE INDEX purchase_orders_status ON purchase_orders (status, id);

-- A line's open quantity (its backorder) is quantity - received - cancelled: what the supplier
-- still owes. Cancelling a placed order cancels what is open and keeps what was received.
CREATE TABLE purchase_order_lines (
    id         BIGINT PRIMARY KEY,
    order_id   BIGINT         NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    position   INTEGER        NOT NULL CHECK (position >= 0),
    product_id BIGINT         NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity   INTEGER        NOT NULL CHECK (quantity > 0),
    received   INTEGER        NOT NULL DEFAULT 0 CHECK (received >= 0),
    cancelled  INTEGER        NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
    unit_cost  NUMERIC(12, 2) NOT NULL CHECK (unit_cost >= 0),
    CONSTRAINT purchase_order_lines_not_over CHECK (received + cancelled <= quantity)
);
CREATE INDEX purchase_order_lines_order ON purchase_order_lines (order_id, position);
-- Quantity on order: the open lines of placed orders, by product.
CREATE INDEX purchase_order_lines_open_product ON purchase_order_lines (product_id)
    WHERE received + cancelled < quantity;

-- One delivery taken in against an order; its lines name the ledger rows it made.
CREATE TABLE purchase_receipts (
    id          BIGINT PRIMARY KEY,
    order_id    BIGINT       NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    received_by VARCHAR(150) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX purchase_receipts_order ON purchase_receipts (order_id, id);

CREATE TABLE purchase_receipt_lines (
    id          BIGINT PRIMARY KEY,
    receipt_id  BIGINT  NOT NULL REFERENCES purchase_receipts (id) ON DELETE CASCADE,
    line_id     BIGINT  NOT NULL REFERENCES purchase_order_lines (id) ON DELETE CASCADE,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    movement_id BIGINT  NOT NULL REFERENCES stock_movements (id) ON DELETE RESTRICT
);
CREATE INDEX purchase_receipt_lines_receipt ON purchase_receipt_lines (receipt_id);

-- Managers create, edit, place and cancel (change) and delete drafts; clerks receive; every
-- built-in role reads.
INSERT INTO permissions (id, code, resource, action, description)
SELECT nextval('stockroom_id_seq'), resource || '.' || action, resource, action, description
  FROM (VALUES
    ('purchase_order', 'view',    'Can view purchase orders'),
    ('purchase_order', 'add',     'Can add purchase orders'),
    ('purchase_order', 'change',  'Can change, place and cancel purchase orders'),
    ('purchase_order', 'delete',  'Can delete draft purchase orders'),
    ('purchase_order', 'receive', 'Can receive goods against purchase orders')
  ) AS p (resource, action, description);

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name IN ('ADMIN', 'MANAGER') AND p.resource = 'purchase_order';

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'CLERK' AND p.code IN ('purchase_order.view', 'purchase_order.receive');

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'VIEWER' AND p.code = 'purchase_order.view';
