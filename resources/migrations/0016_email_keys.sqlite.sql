-- SQLite: the lower-case copies as virtual generated columns (see 0016_email_keys.sql).
ALTER TABLE accounts ADD COLUMN login_key TEXT GENERATED ALWAYS AS (lower(login)) VIRTUAL;
CREATE INDEX accounts_login_key_idx ON accounts (login_key);
ALTER TABLE parents ADD COLUMN email_key TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL;
CREATE INDEX parents_email_key_idx ON parents (email_key);
