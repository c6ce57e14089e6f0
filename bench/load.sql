-- The benchmark's data set, written straight into the migrated schema with generate_series:
-- 5 warehouses, 50 categories, 20 tags, 100,000 products (two tags each; psql -v products=N for
-- fewer, as a smoke test of the script), a stock level for every product in every warehouse
-- (500,000) and two ledger rows per level (1,000,000): a
-- receipt and a smaller issue, so on-hand is the sum of the ledger and each row's resulting
-- quantity follows from the one before (checked at the end, and again after the run).
--
-- Ids come from a block far above what the application has handed out, and the id sequence
-- is moved past them, so that the application's own inserts never collide with these rows.
\set ON_ERROR_STOP on
\set base 1000000000
\if :{?products}
\else
\set products 100000
\endif
SET session_replication_role = replica; -- skip the ledger's per-row chain trigger: built consistent, checked below

INSERT INTO warehouses (id, code, name, address, active, created_at, updated_at)
SELECT :base + w, 'WH' || w, 'Bench warehouse ' || w, NULL, TRUE, now(), now()
FROM generate_series(1, 5) AS w;

INSERT INTO categories (id, name, description, parent_id, created_at, updated_at)
SELECT :base + 100 + c, 'Bench category ' || c, NULL, NULL, now(), now()
FROM generate_series(1, 50) AS c;

INSERT INTO tags (id, name, created_at, updated_at)
SELECT :base + 200 + t, 'bench-tag-' || t, now(), now()
FROM generate_series(1, 20) AS t;

INSERT INTO products (id, sku, name, description, unit, cost, price, reorder_point, reorder_quantity, active,
                      category_id, created_at, updated_at)
SELECT :base + 1000 + p, 'BENCH-' || lpad(p::text, 6, '0'), 'Bench product ' || p,
       'A product of the benchmark data set, number ' || p, 'EACH', (p % 500) + 0.99, (p % 500) * 2 + 1.49,
       p % 20, 50, TRUE, :base + 100 + (p % 50) + 1, now() - (p || ' seconds')::interval, now()
FROM generate_series(1, :products) AS p;

INSERT INTO product_tags (product_id, tag_id)
SELECT :base + 1000 + p, :base + 200 + (p % 20) + 1 FROM generate_series(1, :products) AS p
UNION ALL
SELECT :base + 1000 + p, :base + 200 + ((p + 7) % 20) + 1 FROM generate_series(1, :products) AS p;

-- Received 100 + (p*w) % 400, issued a quarter of that: on-hand is the difference.
CREATE TEMPORARY TABLE bench_levels AS
SELECT p, w, 100 + (p * w) % 400 AS received, (100 + (p * w) % 400) / 4 AS issued
FROM generate_series(1, :products) AS p, generate_series(1, 5) AS w;

INSERT INTO stock_levels (id, product_id, warehouse_id, on_hand, reorder_point, movement_count, created_at,
                          updated_at)
SELECT :base + 200000 + (p - 1) * 5 + w, :base + 1000 + p, :base + w, received - issued, p % 20, 2,
       now() - interval '2 days', now() - interval '1 day'
FROM bench_levels;

INSERT INTO stock_movements (id, type, product_id, warehouse_id, sequence_no, quantity_change, resulting_quantity,
                             reason, reference, created_by, created_at)
SELECT :base + 1000000 + ((p - 1) * 5 + w) * 2, 'RECEIPT', :base + 1000 + p, :base + w, 1, received, received,
       'opening stock', 'BENCH', 'bench', now() - interval '2 days' + (p || ' milliseconds')::interval
FROM bench_levels
UNION ALL
SELECT :base + 1000000 + ((p - 1) * 5 + w) * 2 + 1, 'ISSUE', :base + 1000 + p, :base + w, 2, -issued,
       received - issued, 'sold', 'BENCH', 'bench', now() - interval '1 day' + (p || ' milliseconds')::interval
FROM bench_levels;

SET session_replication_role = origin;

-- The benchmark's user: a superuser who cannot sign in with a password ("{bcrypt}!" matches
-- nothing) and holds one personal API token, whose key run.sh generated (only its SHA-256 is here).
INSERT INTO users (id, username, email, full_name, password_hash, active, staff, superuser, date_joined, created_at,
                   updated_at)
VALUES (:base + 900, 'bench', 'bench@example.invalid', 'Benchmark', '{bcrypt}!', TRUE, TRUE, TRUE, now(), now(),
        now());
INSERT INTO api_tokens (id, user_id, name, prefix, key_hash, created_at)
VALUES (:base + 901, :base + 900, 'bench', :'token_prefix', :'token_hash', now());

SELECT setval('stockroom_id_seq', :base + 5000000);
VACUUM ANALYZE;
