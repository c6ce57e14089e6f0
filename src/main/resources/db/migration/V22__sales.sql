-- Sales (issue 19): sales orders with their lines, the shipments that issued their goods, and the
-- permissions of the orders. What an order holds in its warehouse is the stock level's reserved
-- quantity (V21); a line's reserved and shipped say which order holds it.

-- Order numbers people quote on the phone: SO-000042, from a sequence of their own.
CREATE SEQUENCE sales_order_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sales_orders (
    id               BIGINT PRIMARY KEY,
    number           VARCHAR(20)   NOT NULL,
    customer_name    VARCHAR(200)  NOT NULL,
    customer_email   VARCHAR(254),
    customer_address VARCHAR(1000),
    warehouse_id     BIGINT        NOT NULL REFERENCES warehouses (id) ON DELETE RESTRICT,
    status           VARCHAR(20)   NOT NULL
        CHECK (status IN ('DRAFT', 'CONFIRMED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED')),
    confirmed_at     TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    created_by       VARCHAR(150)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT sales_orders_number_key UNIQUE (number)
);
CREATE INDEX sales_orders_warehouse ON sales_orders (warehouse_id, id);
CREATE INDEX sales_orders_status ON sales_orders (status, id);

-- A line's reserved quantity is what it holds in the warehouse and has not shipped yet: the whole
-- quantity once the order is confirmed, less what shipped; 0 in a draft and once cancelled.
CREATE TABLE sales_order_lines (
    id         BIGINT PRIMARY KEY,
    order_id   BIGINT         NOT NULL REFERENCES sales_orders (id) ON DELETE CASCADE,
    position   INTEGER        NOT NULL CHECK (position >= 0),
    product_id BIGINT         NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity   INTEGER        NOT NULL CHECK (quantity > 0),
    reserved   INTEGER        NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    shipped    INTEGER        NOT NULL DEFAULT 0 CHECK (shipped >= 0),
    unit_price NUMERIC(12, 2) NOT NULL CHECK (unit_price >= 0),
    CONSTRAINT sales_order_lines_not_over CHECK (reserved + shipped <= quantity)
);
CREATE INDEX sales_order_lines_order ON sales_order_lines (order_id, position);
CREATE INDEX sales_order_lines_product ON sales_order_lines (product_id);

-- One dispatch against an order; its lines name the ISSUE ledger rows it made.
CREATE TABLE shipments (
    id         BIGINT PRIMARY KEY,
    order_id   BIGINT       NOT NULL REFERENCES sales_orders (id) ON DELETE CASCADE,
    shipped_by VARCHAR(150) NOT NULL,
    shipped_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX shipments_order ON shipments (order_id, id);

CREATE TABLE shipment_lines (
    id          BIGINT PRIMARY KEY,
    shipment_id BIGINT  NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    line_id     BIGINT  NOT NULL REFERENCES sales_order_lines (id) ON DELETE CASCADE,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    movement_id BIGINT  NOT NULL REFERENCES stock_movements (id) ON DELETE RESTRICT
);
CREATE INDEX shipment_lines_shipment ON shipment_lines (shipment_id);

-- Managers create, edit, confirm and cancel (change) and delete drafts; clerks ship; every
-- built-in role reads.
INSERT INTO permissions (id, code, resource, action, description)
SELECT nextval('stockroom_id_seq'), resource || '.' || action, resource, action, description
  FROM (VALUES
    ('sales_order', 'view',   'Can view sales orders'),
    ('sales_order', 'add',    'Can add sales orders'),
    ('sales_order', 'change', 'Can change, confirm and cancel sales orders'),
    ('sales_order', 'delete', 'Can delete draft sales orders'),
    ('sales_order', 'ship',   'Can ship sales orders')
  ) AS p (resource, action, description);

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name IN ('ADMIN', 'MANAGER') AND p.resource = 'sales_order';

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'CLERK' AND p.code IN ('sales_order.view', 'sales_order.ship');

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'VIEWER' AND p.code = 'sales_order.view';
