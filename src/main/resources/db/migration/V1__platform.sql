-- One sequence for every entity id. It steps by 50 because Hibernate's pooled optimizer takes a
-- block of 50 ids per call, which is what lets inserts be batched.
CREATE SEQUENCE stockroom_id_seq START WITH 1 INCREMENT BY 50;

-- Answers to POSTs sent with an Idempotency-Key, kept for a day so that a retry replays the first
-- answer instead of doing the work twice.
CREATE TABLE idempotency_keys (
    idempotency_key VARCHAR(255) PRIMARY KEY,
    fingerprint     CHAR(64)     NOT NULL,
    status          INTEGER,
    location        VARCHAR(2000),
    body            TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);
