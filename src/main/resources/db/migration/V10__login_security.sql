-- Accounts (issue #10): a credentials version that every signed-in request is checked against, a forced password
-- change, and login throttling kept in the database, so that every node of a cluster applies the same limits.

-- Bumped when an account is disabled, its roles change or its password is changed or reset: a session signed in
-- with an older value has ended.
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;
-- Imported officers and reset accounts must choose their own password before anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- The hard lock after five failures in a row is gone; locked_until stays for the worst case (login_lock).
ALTER TABLE app_user DROP COLUMN failed_logins;

-- One row per failed sign-in (form, HTTP Basic or the current password on the change form), by the name as typed
-- (also names without an account, so unknown names are slowed down the same way) and the client address. Time in
-- epoch milliseconds: waits of a second need more than the whole seconds TIMESTAMP keeps on every database.
CREATE TABLE login_failure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    address VARCHAR(64) NOT NULL,
    occurred_ms BIGINT NOT NULL
) ${table_options};

CREATE INDEX ix_login_failure_pair ON login_failure (username, address, occurred_ms);
CREATE INDEX ix_login_failure_user ON login_failure (username, occurred_ms);
CREATE INDEX ix_login_failure_address ON login_failure (address, occurred_ms);
CREATE INDEX ix_login_failure_time ON login_failure (occurred_ms);

-- The worst case: so many failures on one account that it was locked. Kept for administrators to read.
CREATE TABLE login_lock (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP NOT NULL,
    failures INT NOT NULL,
    addresses INT NOT NULL,
    unlocked_at TIMESTAMP NULL,
    unlocked_by VARCHAR(64) NULL
) ${table_options};

CREATE INDEX ix_login_lock_time ON login_lock (locked_at);
CREATE INDEX ix_login_lock_user ON login_lock (username, locked_at);
