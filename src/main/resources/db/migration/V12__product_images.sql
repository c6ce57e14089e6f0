-- One image per product: the keys the media storage holds it under (generated names, never
-- the uploader's file name), the full image and its thumbnail. Both or neither.
ALTER TABLE products
    ADD COLUMN image_key     varchar(64),
    ADD COLUMN thumbnail_key varchar(64),
    ADD CONSTRAINT products_image_keys_together CHECK ((image_key IS NULL) = (thumbnail_key IS NULL));
