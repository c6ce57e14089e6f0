-- Login throttling per username and client address together (issue 12): ten wrong passwords for
-- "admin" sent by anyone locked the right password out for everyone. Now a client that failed ten
-- times for a username within the window is refused for it, while every other client still signs
-- in with the right password.
--
-- The failures recorded so far have no address; they would leave the window within 15 minutes, so
-- they are dropped rather than given one.
DELETE FROM login_failures;

-- HttpServletRequest.getRemoteAddr() (behind a trusted proxy, the address it forwarded), cut to
-- the column's length: an IPv6 address with a zone index is the longest there is.
ALTER TABLE login_failures ADD COLUMN client_address VARCHAR(64) NOT NULL;

-- Every sign-in reads the recent failures of one username from one address.
DROP INDEX login_failures_username_key_failed_at;
CREATE INDEX login_failures_username_key_client_address_failed_at
    ON login_failures (username_key, client_address, failed_at DESC);
