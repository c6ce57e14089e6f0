-- Shipping dimensions, one row at most per product (a one-to-one). The row's primary key IS the
-- product's id, so "at most one" is the primary key itself and no extra index is needed.
CREATE TABLE product_dimensions (
    product_id   BIGINT PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    weight_grams INTEGER NOT NULL CHECK (weight_grams > 0),
    length_mm    INTEGER NOT NULL CHECK (length_mm > 0),
    width_mm     INTEGER NOT NULL CHECK (width_mm > 0),
    height_mm    INTEGER NOT NULL CHECK (height_mm > 0)
);
