-- Refresh tokens as OAuth 2.1 wants them for public clients: each one works once. Every token
-- issued is recorded by its JWT id; rotating one marks it replaced and issues the next in the same
-- family (the chain that began at one password login). Presenting a token that was already
-- replaced, or revoked, means it was copied: the whole family is revoked, and so are the family's
-- access tokens, which carry the family id and are checked against this table.
-- Only ids are stored, never the tokens: a token cannot be made from its id without the signing key.
CREATE TABLE refresh_tokens (
    jti         UUID        PRIMARY KEY,
    family_id   UUID        NOT NULL,
    -- A deleted user's tokens go with the user, so they can no longer be rotated.
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    -- The token this one was rotated into (informational: the next row's jti); set once.
    replaced_by UUID,
    CONSTRAINT refresh_tokens_expire_after_issue CHECK (expires_at > issued_at)
);
-- Revoking a family, and asking whether a family is revoked (on every request with an access
-- token), go by family.
CREATE INDEX refresh_tokens_family_id ON refresh_tokens (family_id);
-- Without it, deleting a user scans every token for the cascade.
CREATE INDEX refresh_tokens_user_id ON refresh_tokens (user_id);
-- For a later clean-up of expired rows.
CREATE INDEX refresh_tokens_expires_at ON refresh_tokens (expires_at);
