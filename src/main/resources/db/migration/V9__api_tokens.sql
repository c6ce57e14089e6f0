-- Personal API tokens (DRF's TokenAuthentication), sent as "Authorization: Token <key>". A user
-- may hold several, each with a name of their choosing, and revokes them one by one.
--
-- The key itself is never stored: only its SHA-256 (hex), so that a copy of this table (a
-- backup, a leaked dump) lets nobody sign in. The first 8 characters of the key are kept in the
-- clear so a user can tell their tokens apart in a list (GitHub and Stripe show the same).
CREATE TABLE api_tokens (
    id           BIGINT       PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL CHECK (name <> '' AND name = btrim(name)),
    prefix       VARCHAR(8)   NOT NULL CHECK (prefix ~ '^srk_[A-Za-z0-9_-]{4}$'),
    -- A hex digest and nothing else: a raw key ("srk_...") written here by mistake is refused.
    key_hash     VARCHAR(64)  NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    created_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    expires_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    -- Every request with a token looks it up by this hash.
    CONSTRAINT api_tokens_key_hash_key UNIQUE (key_hash),
    CONSTRAINT api_tokens_expire_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
);

-- A name is unique per user, ignoring case, among the tokens not revoked: a revoked token's name
-- may be used again (revoked rows stay, as a record of what existed).
CREATE UNIQUE INDEX api_tokens_user_name_key ON api_tokens (user_id, lower(name)) WHERE revoked_at IS NULL;

-- Over every row, revoked ones too: the cascade when a user is deleted needs it, and so do
-- lookups of a user's tokens.
CREATE INDEX api_tokens_user_id ON api_tokens (user_id);
