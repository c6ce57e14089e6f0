CREATE TABLE categories (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    description VARCHAR(1000),
    -- Deleting a category lifts its children to the level above it (on_delete=SET_NULL).
    parent_id   BIGINT REFERENCES categories (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT categories_not_own_parent CHECK (parent_id <> id)
);
-- Sibling names are unique, ignoring case; roots (no parent) count as siblings of each other.
CREATE UNIQUE INDEX categories_name_per_parent ON categories (COALESCE(parent_id, 0), lower(name));
CREATE INDEX categories_parent_id ON categories (parent_id);

CREATE TABLE products (
    id               BIGINT PRIMARY KEY,
    sku              VARCHAR(64)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000),
    unit             VARCHAR(16)   NOT NULL,
    cost             NUMERIC(12, 2) NOT NULL CHECK (cost >= 0),
    price            NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    reorder_point    INTEGER       NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    reorder_quantity INTEGER       NOT NULL DEFAULT 0 CHECK (reorder_quantity >= 0),
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    barcode          VARCHAR(14)   CHECK (barcode ~ '^[0-9]{8}$|^[0-9]{12,14}$'),
    -- A category that still has products cannot be deleted (on_delete=PROTECT).
    category_id      BIGINT REFERENCES categories (id) ON DELETE RESTRICT,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE UNIQUE INDEX products_barcode_key ON products (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX products_category_id ON products (category_id);
CREATE INDEX products_name ON products (lower(name), id);
CREATE INDEX products_active ON products (active);

CREATE TABLE tags (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(50) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tags_name_key ON tags (lower(name));

-- A plain many-to-many: nothing but the pair. Either side's deletion removes the link (CASCADE).
CREATE TABLE product_tags (
    product_id BIGINT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX product_tags_tag_id ON product_tags (tag_id);

CREATE TABLE suppliers (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(254),
    phone      VARCHAR(40),
    website    VARCHAR(500),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX suppliers_name_key ON suppliers (lower(name));

-- A many-to-many with attributes of its own (Django's "through" model): what a supplier charges
-- for a product, under which of its own SKUs, and how long delivery takes.
CREATE TABLE supplier_offers (
    id             BIGINT PRIMARY KEY,
    product_id     BIGINT         NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    supplier_id    BIGINT         NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    supplier_sku   VARCHAR(64)    NOT NULL,
    unit_cost      NUMERIC(12, 2) NOT NULL CHECK (unit_cost >= 0),
    lead_time_days INTEGER        NOT NULL CHECK (lead_time_days >= 0),
    created_at     TIMESTAMPTZ    NOT NULL,
    updated_at     TIMESTAMPTZ    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT supplier_offers_product_supplier_key UNIQUE (product_id, supplier_id)
);
CREATE INDEX supplier_offers_supplier_id ON supplier_offers (supplier_id);
