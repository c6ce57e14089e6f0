-- In-app notifications (issue 16): what the application tells one user (a low-stock digest, an
-- import that finished or failed, ledger drift for superusers), listed newest first at
-- /notifications and /api/v1/notifications, with the unread count in every page's header.
CREATE TABLE notifications (
    id         BIGINT        PRIMARY KEY,
    user_id    BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(30)   NOT NULL CHECK (kind IN ('LOW_STOCK', 'IMPORT_FINISHED', 'IMPORT_FAILED', 'LEDGER_DRIFT')),
    title      VARCHAR(200)  NOT NULL CHECK (title <> ''),
    body       VARCHAR(2000) NOT NULL DEFAULT '',
    -- A path within the site (/stock/levels?lowStock=true), never an address elsewhere: the
    -- pages turn it into a link.
    link       VARCHAR(500)  CHECK (link LIKE '/%' AND link NOT LIKE '//%'),
    created_at TIMESTAMPTZ   NOT NULL,
    read_at    TIMESTAMPTZ,
    CONSTRAINT notifications_read_after_creation CHECK (read_at IS NULL OR read_at >= created_at)
);

-- A user's list, newest first (the page, the API, and the cascade when a user is deleted).
CREATE INDEX notifications_user_newest ON notifications (user_id, created_at DESC, id DESC);
-- The header's unread count and the unread filter read only the unread rows, which stay few
-- however long the history grows.
CREATE INDEX notifications_user_unread ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL;
-- Retention deletes by age across all users.
CREATE INDEX notifications_created_at ON notifications (created_at);

-- "Email me a daily reorder digest", on the user's profile; off unless the user asks.
ALTER TABLE user_profiles ADD COLUMN reorder_digest BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per user and day (in stockroom.time-zone) for each reorder digest sent. The row is
-- committed before the mail goes out, and the primary key lets one instance only make it: two
-- instances running the daily check at once send one digest each user, and a crash between
-- the commit and the mail loses that day's digest rather than sending it twice.
CREATE TABLE reorder_digests (
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day        DATE        NOT NULL,
    levels     INTEGER     NOT NULL CHECK (levels >= 0),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, day)
);
CREATE INDEX reorder_digests_day ON reorder_digests (day);
