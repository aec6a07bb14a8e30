-- PostgreSQL: the lower-case copies as stored generated columns (see 0016_email_keys.sql).
ALTER TABLE accounts ADD COLUMN login_key text GENERATED ALWAYS AS (lower(login)) STORED;
CREATE INDEX accounts_login_key_idx ON accounts (login_key);
ALTER TABLE parents ADD COLUMN email_key text GENERATED ALWAYS AS (lower(email)) STORED;
CREATE INDEX parents_email_key_idx ON parents (email_key);
