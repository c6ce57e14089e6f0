-- The admin site (issue 5): the permissions of the identity models it manages, and the audit
-- trail its history pages read.

-- Groups and API tokens become models of their own in the admin, so they get permissions like
-- every other model. Tokens are only listed and revoked there (a key is shown once, to its owner,
-- on /account/tokens), so there is no api_token.add or api_token.change.
INSERT INTO permissions (id, code, resource, action, description)
SELECT nextval('stockroom_id_seq'), resource || '.' || action, resource, action, description
  FROM (VALUES
    ('group',     'view',   'Can view groups'),
    ('group',     'add',    'Can add groups'),
    ('group',     'change', 'Can change groups'),
    ('group',     'delete', 'Can delete groups'),
    ('api_token', 'view',   'Can view API tokens'),
    ('api_token', 'delete', 'Can revoke API tokens')
  ) AS p (resource, action, description);

-- Only ADMIN manages identity: a MANAGER who could edit groups could grant itself user.change.
INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'ADMIN' AND p.resource IN ('group', 'api_token');

-- Who changed what and when, written by platform's AuditTrail in the same transaction as the
-- change itself, whoever made it (admin, pages, API, commands). entity_type is the JPA entity
-- name (Product, Category, ...); the row's entity_id is not a foreign key, so that a deleted
-- object keeps its history. changes maps each changed property to [old, new].
CREATE TABLE audit_entries (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_type VARCHAR(100) NOT NULL,
    entity_id   BIGINT       NOT NULL,
    action      VARCHAR(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    actor       VARCHAR(150) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    changes     JSONB        NOT NULL
);
-- The history page reads one object's entries, newest first.
CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id, id DESC);
