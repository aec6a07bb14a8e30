-- SQLite: whether a request carries the parent's initial password, as on PostgreSQL (see
-- 0023_binding_hardening.pg.sql), so the client asks the same column on both and never reads
-- the hash itself. The rest of 0023 is about roles, grants and row-level security, which
-- SQLite (one user; the client keeps every rule) does not have.
ALTER TABLE binding_requests ADD COLUMN has_initial_password INTEGER
    GENERATED ALWAYS AS (coalesce(initial_password_hash, '') <> '') VIRTUAL;
