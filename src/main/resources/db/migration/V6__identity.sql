-- Identity: the counterpart of Django's auth app. Users (a custom user model from the start, as
-- Django advises, since swapping it later is painful), a one-to-one profile, groups and
-- permissions named resource.action, which users hold through groups and directly.

-- Usernames and emails are unique ignoring case ("Alice" and "alice" are the same person), so the
-- unique indexes are on lower(...): lookups must use lower(...) too, or they cannot use them.
CREATE TABLE users (
    id            BIGINT PRIMARY KEY,
    -- ASCII only, like Django's ASCIIUsernameValidator: look-alike Unicode letters would let two
    -- different usernames read the same.
    username      VARCHAR(150) NOT NULL CHECK (username ~ '^[A-Za-z0-9@.+_-]+$'),
    email         VARCHAR(254) NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    full_name     VARCHAR(150) NOT NULL,
    -- Always "{algorithm}hash" (Spring's DelegatingPasswordEncoder): the prefix says how to check
    -- it, and a raw password written by mistake is refused here.
    password_hash VARCHAR(255) NOT NULL CHECK (password_hash ~ '^\{[a-z0-9-]+\}.'),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    staff         BOOLEAN      NOT NULL DEFAULT FALSE,
    superuser     BOOLEAN      NOT NULL DEFAULT FALSE,
    last_login    TIMESTAMPTZ,
    date_joined   TIMESTAMPTZ  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- One profile per user at most, keyed by the user's own id (like product_dimensions). The default
-- warehouse belongs to the stock module: referred to by id, and a deleted warehouse only clears
-- the preference (on_delete=SET_NULL).
CREATE TABLE user_profiles (
    user_id              BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    phone                VARCHAR(40),
    job_title            VARCHAR(100),
    default_warehouse_id BIGINT REFERENCES warehouses (id) ON DELETE SET NULL,
    version              BIGINT NOT NULL DEFAULT 0
);
-- Without it, deleting a warehouse scans every profile to clear its references.
CREATE INDEX user_profiles_default_warehouse_id ON user_profiles (default_warehouse_id)
    WHERE default_warehouse_id IS NOT NULL;

-- Fixed by the code (dev.stockroom.identity.PermissionCode mirrors these rows, and a test keeps
-- the two equal): what the application checks, not data that users edit.
CREATE TABLE permissions (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(100) NOT NULL,
    resource    VARCHAR(50)  NOT NULL,
    action      VARCHAR(50)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    CONSTRAINT permissions_code_key UNIQUE (code),
    CONSTRAINT permissions_code_is_resource_action CHECK (code = resource || '.' || action)
);

CREATE TABLE groups (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(150) NOT NULL,
    description VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX groups_name_key ON groups (lower(name));

-- Plain many-to-manys. The primary key serves lookups from the first column; the second column's
-- index serves the other direction and the cascade when a group or permission is deleted.
CREATE TABLE group_permissions (
    group_id      BIGINT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    permission_id BIGINT NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, permission_id)
);
CREATE INDEX group_permissions_permission_id ON group_permissions (permission_id);

CREATE TABLE user_groups (
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
);
CREATE INDEX user_groups_group_id ON user_groups (group_id);

-- Permissions granted to one user directly, on top of those of the user's groups.
CREATE TABLE user_permissions (
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission_id BIGINT NOT NULL REFERENCES permissions (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, permission_id)
);
CREATE INDEX user_permissions_permission_id ON user_permissions (permission_id);

-- Ids come from the shared sequence, like every row Hibernate writes; Hibernate's pooled blocks
-- never include a value someone else took with nextval, so the two cannot collide.
INSERT INTO permissions (id, code, resource, action, description)
SELECT nextval('stockroom_id_seq'), resource || '.' || action, resource, action, description
  FROM (VALUES
    ('product',   'view',     'Can view products'),
    ('product',   'add',      'Can add products'),
    ('product',   'change',   'Can change products'),
    ('product',   'delete',   'Can delete products'),
    ('category',  'view',     'Can view categories'),
    ('category',  'add',      'Can add categories'),
    ('category',  'change',   'Can change categories'),
    ('category',  'delete',   'Can delete categories'),
    ('supplier',  'view',     'Can view suppliers'),
    ('supplier',  'add',      'Can add suppliers'),
    ('supplier',  'change',   'Can change suppliers'),
    ('supplier',  'delete',   'Can delete suppliers'),
    ('warehouse', 'view',     'Can view warehouses'),
    ('warehouse', 'add',      'Can add warehouses'),
    ('warehouse', 'change',   'Can change warehouses'),
    ('warehouse', 'delete',   'Can delete warehouses'),
    ('user',      'view',     'Can view users'),
    ('user',      'add',      'Can add users'),
    ('user',      'change',   'Can change users'),
    ('user',      'delete',   'Can delete users'),
    ('stock',     'receive',  'Can receive stock'),
    ('stock',     'issue',    'Can issue stock'),
    ('stock',     'transfer', 'Can transfer stock between warehouses'),
    ('stock',     'adjust',   'Can adjust stock'),
    ('stock',     'count',    'Can record stock counts')
  ) AS p (resource, action, description);

-- The built-in roles (dev.stockroom.identity.BuiltInRole). "view" means product, category,
-- supplier and warehouse view; user.view is listed apart.
--
--   role     | *.view | user.view | add/change/delete | user.add/change/delete | stock.receive/issue/transfer/count | stock.adjust
--   ---------+--------+-----------+-------------------+------------------------+------------------------------------+-------------
--   ADMIN    | yes    | yes       | yes               | yes                    | yes                                | yes
--   MANAGER  | yes    | yes       | yes               | no                     | yes                                | yes
--   CLERK    | yes    | no        | no                | no                     | yes                                | no
--   VIEWER   | yes    | no        | no                | no                     | no                                 | no
--
-- A superuser holds every permission whatever its groups; an inactive user holds none.
INSERT INTO groups (id, name, description, created_at, updated_at)
SELECT nextval('stockroom_id_seq'), name, description, now(), now()
  FROM (VALUES
    ('ADMIN',   'Everything, including managing users'),
    ('MANAGER', 'Everything but adding, changing and deleting users'),
    ('CLERK',   'Views the catalog and warehouses; receives, issues, transfers and counts stock'),
    ('VIEWER',  'Views the catalog and warehouses')
  ) AS g (name, description);

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'ADMIN';

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'MANAGER' AND p.code NOT IN ('user.add', 'user.change', 'user.delete');

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'CLERK'
   AND ((p.action = 'view' AND p.resource <> 'user')
        OR p.code IN ('stock.receive', 'stock.issue', 'stock.transfer', 'stock.count'));

INSERT INTO group_permissions (group_id, permission_id)
SELECT g.id, p.id FROM groups g CROSS JOIN permissions p
 WHERE g.name = 'VIEWER' AND p.action = 'view' AND p.resource <> 'user';
