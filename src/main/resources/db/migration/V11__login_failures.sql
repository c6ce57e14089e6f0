-- Failed password sign-ins, for login throttling: after 10 failures for one username within 15
-- minutes (configurable), further attempts for that username are refused until the oldest of
-- them leaves the window. In PostgreSQL so that every instance of the application sees the same
-- count.
--
-- One row per failure rather than a counter per username: failures are only ever inserted, so
-- concurrent attempts on several instances never contend for one row or race an upsert; the
-- window slides exactly (a counter needs fixed windows, which let 2 x 10 attempts through around
-- a boundary); and support staff can see when the attempts happened. Attempts refused by the
-- throttle are not recorded, so a username never has more live rows than the limit, and a
-- successful sign-in deletes its rows.
--
-- Keyed by the username as typed, lower-cased, and not by user id: unknown usernames are throttled
-- the same way, so the throttle never tells which usernames exist.
CREATE TABLE login_failures (
    id           BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- lower(...) of the username as typed, cut to the longest a username can be.
    username_key VARCHAR(150) NOT NULL,
    failed_at    TIMESTAMPTZ  NOT NULL
);
-- Every sign-in reads a username's most recent failures.
CREATE INDEX login_failures_username_key_failed_at ON login_failures (username_key, failed_at DESC);
-- For the clean-up of failures older than the window.
CREATE INDEX login_failures_failed_at ON login_failures (failed_at);
