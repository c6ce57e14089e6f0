-- Password reset links (Django's PasswordResetView): a random token mailed to the user, good for
-- one use within a short time (30 minutes by default).
--
-- The token itself is never stored, only its SHA-256 (hex), as for API tokens: a copy of this
-- table (a backup, a leaked dump) resets nobody's password. A fast hash is enough because the
-- token has 256 random bits; it also lets a reset find its row by the primary key.
CREATE TABLE password_reset_tokens (
    -- A hex digest and nothing else: a raw token written here by mistake is refused.
    token_hash  VARCHAR(64) PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    -- A deleted user's links go with the user.
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    -- Set once, by the reset that used it; a used link stays as a record until it expires.
    used_at     TIMESTAMPTZ,
    CONSTRAINT password_reset_tokens_expire_after_creation CHECK (expires_at > created_at)
);
-- A new request removes the user's unused links; the cascade when a user is deleted needs it too.
CREATE INDEX password_reset_tokens_user_id ON password_reset_tokens (user_id);
-- For the clean-up of expired rows.
CREATE INDEX password_reset_tokens_expires_at ON password_reset_tokens (expires_at);
