-- A data migration followed by the schema change it makes possible: SKUs are compared as typed
-- by people ("ab-1" and "AB-1 " are the same item), so existing rows are normalised first and the
-- rule is then enforced by the database for every future row.
UPDATE products SET sku = upper(btrim(sku)) WHERE sku <> upper(btrim(sku));

ALTER TABLE products ADD CONSTRAINT products_sku_normalized CHECK (sku = upper(btrim(sku)) AND sku <> '');
